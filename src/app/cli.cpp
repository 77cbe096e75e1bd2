#include "app/cli.h"

#include <cstdlib>
#include <sstream>

namespace app {

namespace {

bool parseSize(const std::string& s, int* w, int* h) {
    const size_t x = s.find_first_of("xX");
    if (x == std::string::npos) return false;
    char* end = nullptr;
    const long wv = std::strtol(s.c_str(), &end, 10);
    if (end != s.c_str() + x) return false;
    const long hv = std::strtol(s.c_str() + x + 1, &end, 10);
    if (*end != '\0') return false;
    if (wv < 16 || hv < 16 || wv > 65536 || hv > 65536) return false;
    *w = static_cast<int>(wv);
    *h = static_cast<int>(hv);
    return true;
}

bool parseView(const std::string& s, geo::LonLatBox* box) {
    double v[4];
    std::stringstream ss(s);
    std::string part;
    int n = 0;
    while (std::getline(ss, part, ',')) {
        if (n == 4) return false;
        char* end = nullptr;
        v[n] = std::strtod(part.c_str(), &end);
        if (end == part.c_str() || *end != '\0') return false;
        ++n;
    }
    if (n != 4) return false;
    *box = {v[0], v[1], v[2], v[3]};
    return box->valid() && v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90;
}

}  // namespace

ParseResult parseCommandLine(const std::vector<std::string>& args) {
    ParseResult r;
    Options o;
    size_t i = 0;
    if (!args.empty() && args[0] == "render") {
        o.command = Command::Render;
        i = 1;
    } else if (!args.empty() && args[0] == "check") {
        o.command = Command::Check;
        i = 1;
    } else if (!args.empty() && args[0] == "bench") {
        o.command = Command::Bench;
        i = 1;
    }
    auto fail = [&](const std::string& msg) {
        r.error = msg;
        return r;
    };
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string* out) {
            if (i + 1 >= args.size()) return false;
            *out = args[++i];
            return true;
        };
        std::string v;
        if (a == "-h" || a == "--help") {
            o.command = Command::Help;
        } else if (a == "--version") {
            o.command = Command::Version;
        } else if (a == "--size") {
            if (!value(&v) || !parseSize(v, &o.widthPx, &o.heightPx))
                return fail("--size wants WIDTHxHEIGHT, e.g. 3840x2160 (16..65536)");
        } else if (a == "--out") {
            if (!value(&o.out) || o.out.empty()) return fail("--out wants a file name");
        } else if (a == "--theme") {
            if (!value(&v) || (v != "dark" && v != "light" && v != "print"))
                return fail("--theme wants dark, light or print");
            o.theme = v;
        } else if (a == "--projection") {
            std::optional<geo::ProjectionKind> k;
            if (!value(&v) || !(k = geo::parseProjectionKind(v)))
                return fail("--projection wants lcc, albers, mercator or equirect");
            o.projection = *k;
        } else if (a == "--view") {
            geo::LonLatBox box;
            if (!value(&v) || !parseView(v, &box))
                return fail("--view wants LONMIN,LATMIN,LONMAX,LATMAX in degrees");
            o.view = box;
        } else if (a == "--ne-dir") {
            if (!value(&o.neDir)) return fail("--ne-dir wants a folder");
        } else if (a == "--manifest") {
            if (!value(&o.manifest)) return fail("--manifest wants a file");
        } else if (a == "--data") {
            if (!value(&o.dataDir)) return fail("--data wants a folder");
        } else if (a == "--year") {
            char* end = nullptr;
            if (!value(&v)) return fail("--year wants a year, e.g. 2017 or 2017.5");
            const double y = std::strtod(v.c_str(), &end);
            if (*end != '\0' || end == v.c_str() || y < 1990 || y > 2035)
                return fail("--year wants a year between 1990 and 2035");
            o.year = y;
        } else if (a == "--time") {
            char* end = nullptr;
            if (!value(&v)) return fail("--time wants seconds of animation time");
            const double t = std::strtod(v.c_str(), &end);
            if (*end != '\0' || end == v.c_str() || t < 0 || t > 1e6)
                return fail("--time wants seconds of animation time (0 or more)");
            o.timeSec = t;
        } else if (a == "--arcs") {
            if (!value(&v)) return fail("--arcs wants counts, e.g. 1000,10000,100000");
            std::stringstream ss(v);
            std::string part;
            while (std::getline(ss, part, ',')) {
                char* end = nullptr;
                const long long n = std::strtoll(part.c_str(), &end, 10);
                if (end == part.c_str() || *end != '\0' || n < 1 || n > 10000000) {
                    return fail("--arcs wants counts between 1 and 10000000, e.g. 1000,10000");
                }
                o.benchArcs.push_back(static_cast<size_t>(n));
            }
        } else if (a == "--bench-frames") {
            char* end = nullptr;
            if (!value(&v)) return fail("--bench-frames wants a number");
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end != '\0' || n < 1 || n > 100000)
                return fail("--bench-frames wants a number (1 or more)");
            o.benchFrames = static_cast<int>(n);
        } else if (a == "--play") {
            o.play = true;
        } else if (a == "--frames") {
            char* end = nullptr;
            if (!value(&v)) return fail("--frames wants a number of frames");
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end != '\0' || n < 1 || n > 1000000)
                return fail("--frames wants a number of frames (1 or more)");
            o.frames = static_cast<int>(n);
        } else if (a == "--add") {
            if (!value(&v)) return fail("--add wants a shapefile");
            o.addFiles.push_back(v);
        } else {
            return fail("unknown option '" + a + "'");
        }
    }
    r.options = o;
    return r;
}

std::string usageText() {
    return R"(Corridor: the Middle Corridor and Chinese investment flows on a map of Central Asia.

Usage:
  corridor [options]                      open the interactive map window
  corridor render [options] --out FILE    render the map headless to a PNG (no display needed)
  corridor check [--data DIR]             validate a timeline data folder
  corridor bench [--arcs N,N,...] [--size WxH] [--bench-frames K]
                                          frame times with synthetic arcs (headless)
  corridor --help | --version

Options:
  --size WxH            output size in pixels for render (default 1920x1080)
  --out FILE            PNG to write (default map.png)
  --theme NAME          dark (default), light, or print (= light)
  --view LON0,LAT0,LON1,LAT1
                        the lon/lat window to show (default: Central Asia)
  --projection NAME     lcc (default), albers, mercator, equirect
  --ne-dir DIR          Natural Earth 1:10m shapefiles (else $NATURAL_EARTH_DIR,
                        else maps/naturalearth/)
  --manifest FILE       map manifest (default maps/layers.toml)
  --add FILE.shp        also draw this shapefile, with a default style (repeatable)
  --year Y              the timeline year to show, fractional allowed (default 2025)
  --time SEC            animation time of a render, for the moving flow (default 0)
  --data DIR            timeline data folder (default assets/data)
  --play                window: start playing the timeline from 2005
  --frames N            window: quit after N frames and print the time to the first
                        frame and the median map frame (smoke tests, timing)

Exit codes: 0 ok, 1 usage, 2 bad input, 3 render failure.
)";
}

}  // namespace app
