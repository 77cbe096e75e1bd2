#include "app/cli.h"

#include "scene/label_set.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <utility>

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

// A finite number and nothing else ("nan" and "inf" are numbers to strtod, never to us).
bool parseFinite(const std::string& text, double* v) {
    char* end = nullptr;
    *v = std::strtod(text.c_str(), &end);
    return end != text.c_str() && *end == '\0' && std::isfinite(*v);
}

bool parseView(const std::string& s, geo::LonLatBox* box) {
    double v[4];
    std::stringstream ss(s);
    std::string part;
    int n = 0;
    while (std::getline(ss, part, ',')) {
        if (n == 4) return false;
        if (!parseFinite(part, &v[n])) return false;
        ++n;
    }
    if (n != 4) return false;
    *box = {v[0], v[1], v[2], v[3]};
    return box->valid() && v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90;
}

// --dpi, --fps, --duration, --from, --to: a number in its range.
bool parseExportNumber(const std::string& option, const std::string& text, Options* o) {
    double v = 0.0;
    if (!parseFinite(text, &v)) return false;
    if (option == "--dpi") {
        if (v < 10 || v > 10000) return false;
        o->dpi = v;
    } else if (option == "--fps") {
        if (v <= 0 || v > 240) return false;
        o->fps = v;
    } else if (option == "--duration") {
        if (v <= 0 || v > 36000) return false;
        o->durationSec = v;
    } else {
        if (v < 1990 || v > 2035) return false;
        (option == "--from" ? o->fromYear : o->toYear) = v;
    }
    return true;
}

std::string tileHint() {
    return "--tile wants a tile size in pixels (" + std::to_string(kMinTilePx) +
           "..16384; smaller tiles only multiply the draws)";
}

std::string exportNumberHint(const std::string& option) {
    if (option == "--dpi") return "--dpi wants dots per inch between 10 and 10000, e.g. 300";
    if (option == "--fps") return "--fps wants frames per second (more than 0, at most 240)";
    if (option == "--duration") return "--duration wants the sequence's length in seconds";
    return option + " wants a year between 1990 and 2035";
}

// A sequence needs --from, --to and --duration together; --video needs a sequence; PNG frames
// need a frame number in --out.
std::string checkSequence(const Options& o) {
    const bool any = o.fromYear || o.toYear || o.durationSec > 0;
    if (!any && o.soakReload > 0)
        return "--soak-reload wants a sequence: --from Y0 --to Y1 --duration SEC";
    if (!any) {
        return o.video.empty() || o.allSteps
                   ? std::string()
                   : "--video wants a sequence: --from Y0 --to Y1 --duration SEC";
    }
    if (!o.fromYear || !o.toYear || !(o.durationSec > 0))
        return "a frame sequence wants --from Y0 --to Y1 --duration SEC (and --fps, default 30)";
    if (!o.dryRun && (o.video.empty() || o.outGiven) && !hasFramePattern(o.out))
        return "--out for a frame sequence wants a frame number, e.g. frames/frame_%05d.png";
    // Every frame goes into one folder: a number in a folder's name would write frame 0 into
    // d000/ and then fail on d001/, which does not exist.
    if (o.outGiven && hasFramePattern(o.out) &&
        !hasFramePattern(std::filesystem::path(o.out).filename().string()))
        return "--out '" + o.out +
               "': the frame number must be in the file name, not in a folder's, e.g. "
               "frames/frame_%05d.png";
    return {};
}

// --page A4|A3 [--landscape]: the size in pixels at --dpi (300 unless given); the vector formats
// against sequences and --dry-run. Empty when fine.
std::string checkPageAndFormat(Options& o) {
    if (o.landscape && o.page.empty()) return "--landscape wants --page A4 or A3";
    if (!o.page.empty()) {
        if (o.benchSizeGiven) return "--page and --size both set the output size: give one";
        if (o.dpi <= 0.0) o.dpi = 300.0;
        // ISO 216 in points (1/72 inch): A4 210 x 297 mm, A3 297 x 420 mm.
        double w = o.page == "A4" ? 595.2756 : 841.8898;
        double h = o.page == "A4" ? 841.8898 : 1190.5512;
        if (o.landscape) std::swap(w, h);
        o.widthPx = static_cast<int>(std::lround(w * o.dpi / 72.0));
        o.heightPx = static_cast<int>(std::lround(h * o.dpi / 72.0));
        if (o.widthPx > 65536 || o.heightPx > 65536)
            return "--page " + o.page + " at --dpi " + std::to_string(static_cast<int>(o.dpi)) +
                   " is over 65536 pixels";
    }
    const std::string format = outputFormat(o);
    if (format != "png" && o.command == Command::Render) {
        if (o.sequence()) return "a frame sequence writes PNG frames: no --format " + format;
        if (o.dryRun) return "--dry-run draws PNG tiles: no --format " + format;
    }
    return {};
}

}  // namespace

std::string outputFormat(const Options& options) {
    if (!options.format.empty()) return options.format;
    std::string ext = std::filesystem::path(options.out).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".pdf") return "pdf";
    if (ext == ".svg") return "svg";
    return "png";
}

bool hasFramePattern(const std::string& pattern) {
    const size_t p = pattern.find('%');
    if (p == std::string::npos || pattern.find('%', p + 1) != std::string::npos) return false;
    size_t i = p + 1;
    while (i < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i]))) ++i;
    return i < pattern.size() && pattern[i] == 'd' && i - p - 1 <= 2;
}

std::string framePath(const std::string& pattern, int index) {
    if (!hasFramePattern(pattern)) return pattern;
    const size_t p = pattern.find('%');
    const size_t d = pattern.find('d', p);
    const int width = d > p + 1 ? std::atoi(pattern.substr(p + 1, d - p - 1).c_str()) : 0;
    std::string number = std::to_string(index);
    if (static_cast<int>(number.size()) < width)
        number.insert(0, static_cast<size_t>(width) - number.size(), '0');
    return pattern.substr(0, p) + number + pattern.substr(d + 1);
}

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
            o.benchSizeGiven = true;
        } else if (a == "--out") {
            if (!value(&o.out) || o.out.empty()) return fail("--out wants a file name");
            o.outGiven = true;
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
                return fail(
                    "--view wants LONMIN,LATMIN,LONMAX,LATMAX in degrees (longitudes -180..180, "
                    "latitudes -90..90, each minimum below its maximum)");
            o.view = box;
        } else if (a == "--ne-dir") {
            if (!value(&o.neDir)) return fail("--ne-dir wants a folder");
        } else if (a == "--manifest") {
            if (!value(&o.manifest)) return fail("--manifest wants a file");
        } else if (a == "--data") {
            if (!value(&o.dataDir)) return fail("--data wants a folder");
        } else if (a == "--year") {
            double y = 0.0;
            if (!value(&v)) return fail("--year wants a year, e.g. 2017 or 2017.5");
            if (!parseFinite(v, &y) || y < 1990 || y > 2035)
                return fail("--year wants a year between 1990 and 2035, not '" + v + "'");
            o.year = y;
        } else if (a == "--time") {
            double t = 0.0;
            if (!value(&v)) return fail("--time wants seconds of animation time");
            if (!parseFinite(v, &t) || t < 0 || t > 1e6)
                return fail("--time wants seconds of animation time (0 to 1000000), not '" + v +
                            "'");
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
        } else if (a == "--json") {
            if (!value(&o.benchJson) || o.benchJson.empty()) return fail("--json wants a file");
        } else if (a == "--quick") {
            o.benchQuick = true;
        } else if (a == "--frames-only") {
            o.benchFramesOnly = true;
        } else if (a == "--no-aggregate") {
            o.benchNoAggregate = true;
        } else if (a == "--no-cache") {
            o.noCache = true;
        } else if (a == "--cache-dir") {
            if (!value(&o.cacheDir) || o.cacheDir.empty())
                return fail("--cache-dir wants a folder");
        } else if (a == "--play") {
            o.play = true;
        } else if (a == "--present") {
            o.present = true;
        } else if (a == "--presenter-view") {
            o.presenterView = true;
        } else if (a == "--all-steps") {
            o.allSteps = true;
        } else if (a == "--arrows") {
            if (!value(&v) || (v != "story" && v != "year"))
                return fail("--arrows wants story (Left / Right step the story) or year");
            o.arrowsStepStory = v == "story";
        } else if (a == "--scene") {
            if (!value(&v))
                return fail("--scene wants a story file, e.g. assets/scenes/middle-corridor.toml");
            o.scene = v;
        } else if (a == "--step") {
            char* end = nullptr;
            if (!value(&v)) return fail("--step wants a step number (1 is the first)");
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end != '\0' || end == v.c_str() || n < 1 || n > 999)
                return fail("--step wants a step number (1 is the first)");
            o.step = static_cast<int>(n);
        } else if (a == "--frames") {
            char* end = nullptr;
            if (!value(&v)) return fail("--frames wants a number of frames");
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end != '\0' || n < 1 || n > 1000000)
                return fail("--frames wants a number of frames (1 or more)");
            o.frames = static_cast<int>(n);
        } else if (a == "--dpi" || a == "--fps" || a == "--duration" || a == "--from" ||
                   a == "--to") {
            if (!value(&v) || !parseExportNumber(a, v, &o)) return fail(exportNumberHint(a));
        } else if (a == "--tile") {
            char* end = nullptr;
            if (!value(&v)) return fail(tileHint());
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end != '\0' || end == v.c_str() || n < kMinTilePx || n > 16384)
                return fail(tileHint() + ", not '" + v + "'");
            o.tileSizePx = static_cast<int>(n);
        } else if (a == "--format") {
            if (!value(&v) || (v != "png" && v != "pdf" && v != "svg"))
                return fail("--format wants png, pdf or svg");
            o.format = v;
        } else if (a == "--page") {
            if (!value(&v)) return fail("--page wants A4 or A3");
            for (char& c : v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            if (v != "A4" && v != "A3") return fail("--page wants A4 or A3, not '" + v + "'");
            o.page = v;
        } else if (a == "--landscape") {
            o.landscape = true;
        } else if (a == "--transparent") {
            o.transparent = true;
        } else if (a == "--no-furniture") {
            o.noFurniture = true;
        } else if (a == "--text") {
            if (!value(&v) || (v != "default" && v != "projector"))
                return fail("--text wants default or projector");
            o.textSize = v;
        } else if (a == "--inset") {
            o.inset = true;
        } else if (a == "--lang") {
            if (!value(&v) || !scene::parseLabelLanguage(v))
                return fail("--lang wants en, ru, zh or local");
            o.labelLanguage = v;
        } else if (a == "--label-density") {
            double d = 0.0;
            if (!value(&v)) return fail("--label-density wants a number between 0.25 and 4");
            if (!parseFinite(v, &d) || !(d >= 0.25 && d <= 4.0))
                return fail("--label-density wants a number between 0.25 and 4");
            o.labelDensity = static_cast<float>(d);
        } else if (a == "--no-labels") {
            o.noLabels = true;
        } else if (a == "--video") {
            if (!value(&o.video) || o.video.empty())
                return fail("--video wants a file, e.g. out.mp4");
        } else if (a == "--hold") {
            double h = 0.0;
            if (!value(&v) || !parseFinite(v, &h) || !(h >= 0.0 && h <= 600.0))
                return fail("--hold wants the seconds a story video rests on each step (0..600)");
            o.holdSec = h;
            o.holdGiven = true;
        } else if (a == "--dry-run") {
            o.dryRun = true;
        } else if (a == "--soak-reload") {
            char* end = nullptr;
            if (!value(&v)) return fail("--soak-reload wants a number of frames (1 or more)");
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end != '\0' || end == v.c_str() || n < 1 || n > 1000000)
                return fail("--soak-reload wants a number of frames (1 or more)");
            o.soakReload = static_cast<int>(n);
        } else if (a == "--add") {
            if (!value(&v)) return fail("--add wants a shapefile");
            o.addFiles.push_back(v);
        } else {
            return fail("unknown option '" + a + "'");
        }
    }
    if (const std::string e = checkSequence(o); !e.empty()) return fail(e);
    if (const std::string e = checkPageAndFormat(o); !e.empty()) return fail(e);
    if (o.step > 0 && o.scene.empty()) return fail("--step needs --scene FILE");
    if (o.allSteps) {
        if (o.scene.empty()) return fail("--all-steps needs --scene FILE");
        if (o.step > 0) return fail("--all-steps draws every step: leave out --step");
        if (o.fromYear || o.toYear) return fail("--all-steps cannot be combined with --from/--to");
        if (!o.video.empty()) {
            if (o.outGiven) return fail("--all-steps --video writes one video: leave out --out");
            if (!o.format.empty() && o.format != "png")
                return fail("--all-steps --video writes a video: no --format " + o.format);
        } else if (!o.outGiven || !hasFramePattern(o.out)) {
            return fail("--all-steps needs --out with a step number, e.g. out/step_%02d.png");
        }
    }
    if (o.holdGiven && (!o.allSteps || o.video.empty()))
        return fail("--hold is for a story video: --scene FILE --all-steps --video FILE.mp4");
    r.options = o;
    return r;
}

std::string usageText() {
    return R"(Corridor: the Middle Corridor and Chinese investment flows on a map of Central Asia.

Usage:
  corridor [options]                      open the interactive map window
  corridor render [options] --out FILE    render the map headless to a PNG, PDF or SVG (no display)
  corridor check [--data DIR]             validate a timeline data folder
  corridor bench [--arcs N,N,...] [--size WxH] [--bench-frames K] [--json FILE] [--quick]
                                          load, frame and export times (headless)
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
  --year Y              the timeline year to show, fractional allowed: 2017 is the
                        start of 2017, 2017.5 mid-year (default 2025.99, the end of 2025)
  --time SEC            animation time of a render, for the moving flow (default 0)
  --data DIR            timeline data folder (default assets/data)
  --play                window: start playing the timeline from 2005
  --frames N            window: quit after N frames and print the time to the first
                        frame and the median map frame (smoke tests, timing)
  --scene FILE          a story (assets/scenes/*.toml): the window lists its steps
                        (PgDn/PgUp step through it); render draws --step of it
  --step N              the story step to show (1 is the first)
  --present             window: start in presentation mode (no panel; H or Tab shows it),
                        fullscreen on the display the window is on
  --presenter-view      window: a second window with the step's notes, the next step and
                        the time since the start (P toggles it)
  --all-steps           render: every step of --scene, one PNG each; --out names them with a
                        step number (1 first), e.g. out/step_%02d.png; with --video
                        FILE.mp4 [--fps F] [--hold SEC] the whole story as one video:
                        per step the window's camera flight from the step before, its
                        from_year run, then SEC seconds at rest (default 4)
  --arrows story|year   window: Left / Right step the story while one is open (clickers
                        that send arrows), or a year back / forward (default year)
  --no-cache            build the base map from the shapefiles, without the geometry cache
  --cache-dir DIR       geometry cache folder (else $CORRIDOR_CACHE_DIR, else
                        $XDG_CACHE_HOME/corridor, else ~/.cache/corridor)

Bench:
  --arcs N,N,...        synthetic flow counts (default 1000,10000,100000,1000000)
  --bench-frames K      measured frames per set after two warm-up frames (default 20)
  --size WxH            only this frame size (default 1920x1080 and 3840x2160)
  --json FILE           also write every figure as JSON
  --quick               few repeats and small sets: checks that every figure is there (CI)
  --frames-only         only the frame figures (no load, first-frame or export runs)
  --no-aggregate        draw every synthetic flow (default: over 5,000 flows are aggregated)
  --out FILE.png        also write each set's last frame as FILE-<set>-<W>x<H>.png

Export (render):
  --dpi N               pixels per point = N/72, recorded in the PNG (default: 96 dpi at
                        1920x1080, growing with the size so the composition stays)
  --format png|pdf|svg  the file format (default: from --out's extension, else png); PDF
                        and SVG are vector: paths and real text, page size in points =
                        pixels / (dpi / 72), one named group per layer
  --page A4|A3          a paper size instead of --size, at --dpi (default 300)
  --landscape           with --page: the long side across
  --transparent         no sea background and no vignette (alpha where nothing is drawn)
  --no-furniture        no legend or other overlays
  --text SIZE           default or projector: the caption body 3.5% of the frame's height,
                        labels and cards as much larger (default: the story's text setting)
  --inset               a locator map at the bottom right: the view's frame on the whole map
  --lang en|ru|zh|local map labels' language (default en; window: the panel switches it)
  --label-density D     how many labels: 0.25 (fewest) .. 4, default 1
  --no-labels           no map labels
  --tile N              render in tiles of at most NxN pixels, N 256..16384 (default
                        2048, at most the GL limit); any --size works, streamed to the
                        PNG row by row
  --from Y0 --to Y1 --duration SEC [--fps F]
                        a frame sequence: frame i shows year Y0 + (Y1-Y0)*i/(n-1) at
                        animation time i/F, n = F*SEC frames (default fps 30); --out
                        needs a frame number, e.g. frames/frame_%05d.png
  --video FILE.mp4      pipe the sequence's (or with --all-steps, the story's) frames
                        to ffmpeg (must be on PATH)
  --dry-run             render every frame as usual but write nothing (no PNG, no video)
  --soak-reload N       soak test of a sequence: reload the data (when changed) and
                        re-upload the timeline every N frames, report resident memory
                        and GL errors (exit 3 on any GL error)

--out, --video: an existing regular file is replaced; a folder, a device (e.g. /dev/null),
a symbolic link or a pipe of that name never is (error, exit 3).
Ctrl-C or SIGTERM stops a render between tiles and frames, leaving no unfinished file.

Exit codes: 0 ok, 1 usage, 2 bad input, 3 render failure, 130 interrupted (SIGINT),
143 terminated (SIGTERM).
)";
}

}  // namespace app
