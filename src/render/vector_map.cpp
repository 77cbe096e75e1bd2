// The vector export's base map: the sea, each manifest layer as paths simplified to the output's
// resolution (vertices within half a device pixel dropped), and the vignette, as the GL path
// draws them (map_renderer.cpp) but with Cairo.
#include "render/vector_draw.h"

#include "scene/path_simplify.h"
#include "scene/style.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <tuple>

namespace render::vec {

Xform xformFor(const scene::FrameSpec& spec) {
    Xform x;
    x.center = spec.camera.centerWorld;
    x.halfViewport = 0.5 * glm::dvec2(spec.widthPx, spec.heightPx);
    x.pxPerWorld = 1.0 / spec.camera.metresPerPx;
    return x;
}

void setColor(cairo_t* cr, const scene::Rgba& c, double alpha) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, std::clamp(c.a * alpha, 0.0, 1.0));
}

namespace {

double smoothstep(double e0, double e1, double x) {
    // Infinite edges (a segment never upgraded, a node open before the timeline) give 0 or 1.
    if (x <= e0) return 0.0;
    if (x >= e1) return 1.0;
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// A radial gradient from the frame's centre whose colour at distance r follows
// smoothstep(e0, e1, r / longest side * k) between `from` and `to` (background.frag and
// vignette.frag, whose aspect correction makes them round over the longer side).
void radialRamp(cairo_t* cr, const scene::FrameSpec& spec, double e0, double e1, double k,
                const scene::Rgba& from, const scene::Rgba& to) {
    const double w = spec.widthPx, h = spec.heightPx;
    const double reach = e1 / k * std::max(w, h);
    cairo_pattern_t* p =
        cairo_pattern_create_radial(0.5 * w, 0.5 * h, 0.0, 0.5 * w, 0.5 * h, reach);
    constexpr int kStops = 12;
    for (int i = 0; i <= kStops; ++i) {
        const double at = static_cast<double>(i) / kStops;
        const double t = smoothstep(e0, e1, at * e1);
        auto mix = [t](float a, float b) { return a + (b - a) * t; };
        cairo_pattern_add_color_stop_rgba(p, at, mix(from.r, to.r), mix(from.g, to.g),
                                          mix(from.b, to.b), mix(from.a, to.a));
    }
    cairo_pattern_set_extend(p, CAIRO_EXTEND_PAD);
    cairo_set_source(cr, p);
    cairo_rectangle(cr, 0, 0, w, h);
    cairo_fill(cr);
    cairo_pattern_destroy(p);
}

// The finest band that looks the same at this scale (MapRenderer::GpuLayer::linesFor).
const std::vector<geo::Path>& linesFor(const scene::LayerGeometry& g, double metresPerPx) {
    const std::vector<geo::Path>* best = &g.lines;
    for (size_t i = 0; i < g.lineBands.size() && i < std::size(scene::kLineBandToleranceM); ++i) {
        if (scene::kLineBandToleranceM[i] <= 0.5 * metresPerPx) best = &g.lineBands[i];
    }
    return *best;
}

struct FillSource {
    const geo::Mesh* mesh;
    const std::vector<uint32_t>* vertexFeature;
};

FillSource fillFor(const scene::LayerGeometry& g, double metresPerPx) {
    FillSource best{&g.fill, &g.vertexFeature};
    for (size_t i = 0; i < g.fillBands.size() && i < std::size(scene::kFillBandToleranceM); ++i) {
        if (scene::kFillBandToleranceM[i] <= 0.5 * metresPerPx &&
            !g.fillBands[i].mesh.indices.empty())
            best = {&g.fillBands[i].mesh, &g.fillBands[i].vertexFeature};
    }
    return best;
}

// The map plane the page shows, with a margin for strokes and glows reaching in from outside.
struct Box {
    glm::dvec2 lo, hi;
};
Box viewBox(const scene::FrameSpec& spec, double marginPx) {
    const glm::dvec2 half =
        (0.5 * glm::dvec2(spec.widthPx, spec.heightPx) + marginPx) * spec.camera.metresPerPx;
    return {spec.camera.centerWorld - half, spec.camera.centerWorld + half};
}
bool outside(const geo::Path& path, const Box& box) {
    glm::dvec2 lo(INFINITY), hi(-INFINITY);
    for (const glm::dvec2& p : path) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    return hi.x < box.lo.x || hi.y < box.lo.y || lo.x > box.hi.x || lo.y > box.hi.y;
}

// Moves along `kept` (map plane) in frame pixels; false when it has under two points.
bool emit(cairo_t* cr, const geo::Path& source, const geo::Path& kept, const Xform& x, bool closed,
          VectorStats* stats) {
    if (stats) {
        stats->sourceVertices += source.size();
        stats->pathVertices += kept.size();
    }
    if (kept.size() < 2) return false;
    const glm::dvec2 p0 = x(kept.front());
    cairo_move_to(cr, p0.x, p0.y);
    for (size_t i = 1; i < kept.size(); ++i) {
        const glm::dvec2 p = x(kept[i]);
        cairo_line_to(cr, p.x, p.y);
    }
    if (closed) cairo_close_path(cr);
    return true;
}

// Adds the path cut to the page and simplified; false when nothing of it is left.
bool addPath(cairo_t* cr, const geo::Path& world, const Xform& x, double toleranceWorld,
             bool closed, const Box& box, VectorStats* stats) {
    if (world.size() < 2 || outside(world, box)) return false;
    if (closed) {
        const geo::Path ring = scene::clipRingToBox(world, box.lo, box.hi);
        return emit(cr, world, scene::simplifyPath(ring, toleranceWorld, true), x, true, stats);
    }
    bool any = false;
    for (const geo::Path& piece : scene::clipPathToBox(world, box.lo, box.hi))
        any |= emit(cr, piece, scene::simplifyPath(piece, toleranceWorld, false), x, false, stats);
    return any;
}

// A layer's lines, one stroke per width (blurred lines, glows, as nested strokes).
void strokeLines(cairo_t* cr, const scene::LayerStyle& style, const scene::LayerGeometry& g,
                 const scene::FrameSpec& spec, const Xform& x, double tolerance,
                 VectorStats* stats) {
    if (!style.stroke || style.strokeWidthPt <= 0.f) return;
    const std::vector<geo::Path>& lines = linesFor(g, spec.camera.metresPerPx);
    if (lines.empty()) return;
    const double ppt = spec.pixelsPerPoint;
    // Paths of one width go into one stroke, so their overlaps are covered once (as the GL
    // path's max-blended coverage buffer does).
    std::map<float, std::vector<size_t>> byWidth;
    for (size_t i = 0; i < lines.size(); ++i) {
        const uint32_t f = i < g.lineFeature.size() ? g.lineFeature[i] : 0;
        const float factor = f < g.features.size() ? g.features[f].widthFactor : 1.f;
        if (factor > 0.f) byWidth[factor].push_back(i);
    }
    std::vector<double> dashes;
    for (float d : style.dashPt) dashes.push_back(d * ppt);
    for (const auto& [factor, indices] : byWidth) {
        const double hw = 0.5 * style.strokeWidthPt * ppt * factor;
        const double blur = style.blurPt * ppt;
        const double reach = blur > 1.0 ? hw + 0.5 * blur : std::max(hw, 0.25);
        cairo_new_path(cr);
        bool any = false;
        const Box box = viewBox(spec, reach + 4.0);
        for (size_t i : indices) any |= addPath(cr, lines[i], x, tolerance, false, box, stats);
        if (!any) continue;
        cairo_set_line_cap(cr, dashes.empty() ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_dash(cr, dashes.data(), static_cast<int>(dashes.size()), 0.0);
        // (half width, alpha) strokes, widest first.
        std::vector<std::pair<double, double>> bands;
        if (blur > 1.0) {
            // A glow: coverage clamp((w - d) / blur + 0.5) ramps down over blurPx (line.frag);
            // drawn as kBands nested strokes whose stacked alpha steps down the same ramp.
            constexpr int kBands = 4;
            const double inner = std::max(hw - 0.5 * blur, 0.0);
            const double step = (reach - inner) / kBands;
            double below = 0.0;  // coverage reached by the wider bands
            for (int k = 0; k < kBands; ++k) {
                const double d = reach - (k + 0.5) * step;
                const double c = std::clamp((hw - d) / blur + 0.5, 0.0, 1.0);
                bands.push_back(
                    {reach - k * step, below < 1.0 ? 1.0 - (1.0 - c) / (1.0 - below) : 0.0});
                below = c;
            }
            if (inner > 0.0) bands.push_back({inner, below < 1.0 ? 1.0 : 0.0});
        } else {
            bands.push_back({reach, hw < 0.5 ? hw / 0.5 : 1.0});  // hairlines fade, not thin
        }
        for (const auto& [half, alpha] : bands) {
            if (alpha <= 0.0) continue;
            setColor(cr, *style.stroke, style.opacity * alpha);
            cairo_set_line_width(cr, 2.0 * half);
            cairo_stroke_preserve(cr);
        }
        cairo_new_path(cr);
    }
    cairo_set_dash(cr, nullptr, 0, 0.0);
}

void fillPolygons(cairo_t* cr, const scene::LayerDef& def, const scene::LayerGeometry& g,
                  const scene::FrameSpec& spec, const Xform& x, double tolerance,
                  VectorStats* stats) {
    const FillSource src = fillFor(g, spec.camera.metresPerPx);
    if (src.mesh->indices.empty()) return;
    const std::vector<scene::Rgba> colors =
        scene::featureFills(def, g, scene::canonicalThemeName(spec.theme));
    const auto rings =
        scene::meshOutlineRingsByFeature(*src.mesh, *src.vertexFeature, g.features.size());
    // One path per colour: fewer objects, and no seams between features of one colour.
    std::map<std::tuple<float, float, float, float>, std::vector<size_t>> byColor;
    for (size_t f = 0; f < rings.size() && f < colors.size(); ++f) {
        const scene::Rgba& c = colors[f];
        if (c.a > 0.f && !rings[f].empty()) byColor[{c.r, c.g, c.b, c.a}].push_back(f);
    }
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
    const Box box = viewBox(spec, 4.0);
    for (const auto& [key, features] : byColor) {
        cairo_new_path(cr);
        bool any = false;
        for (size_t f : features) {
            for (const geo::Path& ring : rings[f])
                any |= addPath(cr, ring, x, tolerance, true, box, stats);
        }
        if (!any) continue;
        cairo_set_source_rgba(cr, std::get<0>(key), std::get<1>(key), std::get<2>(key),
                              std::get<3>(key));
        cairo_fill(cr);
    }
}

void drawPoints(cairo_t* cr, const scene::LayerDef& def, const scene::LayerGeometry& g,
                const scene::LayerStyle& style, const scene::FrameSpec& spec, const Xform& x) {
    const std::vector<scene::Rgba> colors =
        scene::featureFills(def, g, scene::canonicalThemeName(spec.theme));
    const double ppt = spec.pixelsPerPoint;
    const double r = 0.5 * style.markerSizePt * ppt;
    const double strokePx = style.stroke ? style.strokeWidthPt * ppt : 0.0;
    const glm::dvec2 size(spec.widthPx, spec.heightPx);
    for (size_t i = 0; i < g.points.size(); ++i) {
        const glm::dvec2 p = x(g.points[i]);
        if (p.x < -r - strokePx || p.y < -r - strokePx || p.x > size.x + r + strokePx ||
            p.y > size.y + r + strokePx)
            continue;
        const uint32_t f = i < g.pointFeature.size() ? g.pointFeature[i] : 0;
        cairo_new_path(cr);
        if (strokePx > 0.0) {
            // The outline lies outside the marker (point.frag).
            cairo_arc(cr, p.x, p.y, r + 0.5 * strokePx, 0, 2 * M_PI);
            setColor(cr, *style.stroke, style.opacity);
            cairo_set_line_width(cr, strokePx);
            cairo_stroke(cr);
        }
        if (f < colors.size() && colors[f].a > 0.f) {
            cairo_arc(cr, p.x, p.y, r, 0, 2 * M_PI);
            setColor(cr, colors[f]);
            cairo_fill(cr);
        }
    }
}

}  // namespace

void drawBackground(cairo_t* cr, const scene::FrameSpec& spec, const scene::Theme& theme) {
    radialRamp(cr, spec, 0.15, 0.85, 1.25, theme.water, theme.waterEdge);
}

void drawVignette(cairo_t* cr, const scene::FrameSpec& spec, const scene::Theme& theme) {
    if (theme.vignette <= 0.f) return;
    radialRamp(cr, spec, 0.35, 0.95, 1.3, scene::Rgba{0.f, 0.f, 0.f, 0.f},
               scene::Rgba{0.f, 0.f, 0.f, theme.vignette});
}

bool mapLayerVisible(const VectorScene& scene, const scene::FrameSpec& spec, size_t i) {
    const scene::LayerDef& def = scene.map->layers[i];
    const bool on = i < spec.layerOn.size() ? spec.layerOn[i] : def.visible;
    return scene::layerVisibleAt(def, on, spec.camera.zoom(spec.pixelsPerPoint));
}

void drawMapLayer(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec, size_t i,
                  VectorStats* stats) {
    const scene::LayerDef& def = scene.map->layers[i];
    const scene::LayerGeometry& g = scene.map->geometry[i];
    const scene::LayerStyle& style = def.style(spec.theme);
    const Xform x = xformFor(spec);
    // Half a device pixel at the output's resolution: nothing finer can show.
    const double tolerance = 0.5 * spec.camera.metresPerPx;
    switch (def.kind) {
        case scene::LayerKind::Background:
            break;  // the sea, drawn by the caller
        case scene::LayerKind::Polygon:
            fillPolygons(cr, def, g, spec, x, tolerance, stats);
            strokeLines(cr, style, g, spec, x, tolerance, stats);
            break;
        case scene::LayerKind::Line:
            strokeLines(cr, style, g, spec, x, tolerance, stats);
            break;
        case scene::LayerKind::Point:
            drawPoints(cr, def, g, style, spec, x);
            break;
    }
}

}  // namespace render::vec
