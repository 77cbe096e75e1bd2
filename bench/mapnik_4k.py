#!/usr/bin/python3
"""The base map's Natural Earth layers drawn by Mapnik (python3-mapnik, Debian 12) to a 3840x2160
PNG, for comparing `corridor render --size 3840x2160` with a standard CPU map renderer.

Same files, filters, draw order, dark-theme colours, projection (LCC 35/55, lon 70) and view
(the manifest's home window, 44-88 E, 34.5-55.5 N) as maps/layers.toml. Not the same picture:
Mapnik has no blurred strokes (the shore glows are plain translucent strokes here), no sea
gradient, vignette, labels or timeline. Prints the load and render times; time the whole process
with /usr/bin/time.

    NATURAL_EARTH_DIR=... /usr/bin/python3 bench/mapnik_4k.py /tmp/mapnik_4k.png  (Debian's Python)
"""
import os
import sys
import time

t0 = time.perf_counter()
import mapnik  # noqa: E402  (imported after t0: its import is part of the process time)

NE = os.environ.get("NATURAL_EARTH_DIR", os.path.join(os.path.dirname(__file__), "..", "maps",
                                                      "naturalearth"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "mapnik_4k.png"
W, H = 3840, 2160
PT = W / 1920 * 96 / 72  # pixels per point, as corridor render at 3840x2160 (192 dpi)
LCC = "+proj=lcc +lat_1=35 +lat_2=55 +lat_0=45 +lon_0=70 +datum=WGS84 +units=m +no_defs"
COUNTRY = ["#30353b", "#33373c", "#2e3338", "#35393d", "#313539", "#2f3439", "#34383c"]
CENTRAL_ASIA = ["#514a3b", "#5a5242", "#4a4437", "#574f3f", "#535043", "#544c3b", "#50493c"]
ROUTE = ["#3e4345", "#414546", "#3c4143", "#434748", "#3f4445", "#3e4344", "#424647"]


def layer(m, name, shp, rules):
    style = mapnik.Style()
    for r in rules:
        style.rules.append(r)
    m.append_style(name, style)
    lyr = mapnik.Layer(name, "+proj=longlat +datum=WGS84 +no_defs")
    lyr.datasource = mapnik.Shapefile(file=os.path.join(NE, shp))
    lyr.styles.append(name)
    m.layers.append(lyr)


def rule(symbolizers, flt=None):
    r = mapnik.Rule()
    if flt:
        r.filter = mapnik.Expression(flt)
    for s in symbolizers:
        r.symbols.append(s)
    return r


def fill(color):
    s = mapnik.PolygonSymbolizer()
    s.fill = mapnik.Color(color)
    return s


def stroke(color, width_pt, opacity=1.0, dash=None):
    s = mapnik.LineSymbolizer()
    s.stroke = mapnik.Color(color)
    s.stroke_width = width_pt * PT
    s.stroke_opacity = opacity
    s.stroke_linejoin = mapnik.stroke_linejoin.ROUND_JOIN
    s.stroke_linecap = mapnik.stroke_linecap.ROUND_CAP
    return s


m = mapnik.Map(W, H, LCC)
m.background = mapnik.Color("#10263a")
layer(m, "shore_glow", "ne_10m_coastline.shp", [rule([stroke("#2f6d8f", 14, 0.45 * 0.5)])])
layer(m, "shore_line_glow", "ne_10m_coastline.shp", [rule([stroke("#4f9cc0", 4, 0.35)])])
layer(m, "land", "ne_10m_land.shp", [rule([fill("#2b2f33")])])
rules = []
for k in range(7):
    mc = f"[MAPCOLOR7] = {k + 1}"
    ca = " or ".join(f"[ADM0_A3] = '{c}'" for c in ["KAZ", "UZB", "TKM", "KGZ", "TJK", "KAB"])
    rt = " or ".join(f"[ADM0_A3] = '{c}'" for c in ["CHN", "AZE", "GEO", "TUR"])
    rules.append(rule([fill(CENTRAL_ASIA[k])], f"{mc} and ({ca})"))
    rules.append(rule([fill(ROUTE[k])], f"{mc} and ({rt})"))
    rules.append(rule([fill(COUNTRY[k])], f"{mc} and not ({ca}) and not ({rt})"))
layer(m, "countries", "ne_10m_admin_0_countries.shp", rules)
layer(m, "lakes", "ne_10m_lakes.shp",
      [rule([fill("#143049"), stroke("#3f85aa", 0.6)], "[scalerank] <= 6")])
layer(m, "rivers", "ne_10m_rivers_lake_centerlines.shp",
      [rule([stroke("#3a7ea6", 0.9 * w, 0.85)],
            f"[scalerank] >= {lo} and [scalerank] < {hi} and [featurecla] != 'Lake Centerline'")
       for lo, hi, w in [(0, 4, 1.6), (4, 7, 1.0), (7, 8, 0.55)]])
layer(m, "border_casing", "ne_10m_admin_0_boundary_lines_land.shp",
      [rule([stroke("#14171a", 2.6, 0.55)])])
layer(m, "borders", "ne_10m_admin_0_boundary_lines_land.shp",
      [rule([stroke("#d9c9a3", 0.9, 0.75)])])
layer(m, "disputed", "ne_10m_admin_0_boundary_lines_disputed_areas.shp",
      [rule([stroke("#d9c9a3", 0.9, 0.75)])])
layer(m, "coastline", "ne_10m_coastline.shp", [rule([stroke("#7fb6d3", 0.8, 0.9)])])

# The home window's lon/lat box, projected (sampled along its edges, as LCC bends them).
tr = mapnik.ProjTransform(mapnik.Projection("+proj=longlat +datum=WGS84 +no_defs"),
                          mapnik.Projection(LCC))
pts = []
for i in range(21):
    lon = 44 + (88 - 44) * i / 20
    lat = 34.5 + (55.5 - 34.5) * i / 20
    pts += [(lon, 34.5), (lon, 55.5), (44, lat), (88, lat)]
proj = [tr.forward(mapnik.Coord(x, y)) for x, y in pts]
m.zoom_to_box(mapnik.Box2d(min(p.x for p in proj), min(p.y for p in proj),
                           max(p.x for p in proj), max(p.y for p in proj)))
t1 = time.perf_counter()
image = mapnik.Image(W, H)
mapnik.render(m, image)
t2 = time.perf_counter()
image.save(OUT, "png32")
t3 = time.perf_counter()
print(f"mapnik {mapnik.mapnik_version()}: {W}x{H} setup {1000 * (t1 - t0):.0f} ms, "
      f"render {1000 * (t2 - t1):.0f} ms, png {1000 * (t3 - t2):.0f} ms -> {OUT}")
