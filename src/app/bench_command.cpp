#include "app/bench_command.h"

#include "app/bench_process.h"
#include "app/bench_report.h"
#include "app/gl_window.h"
#include "app/load_messages.h"
#include "app/map_session.h"
#include "app/renderer_setup.h"
#include "render/driver_timer.h"
#include "render/gl.h"
#include "render/map_renderer.h"
#include "render/readback.h"
#include "scene/flow_aggregate.h"
#include "scene/frame_builder.h"
#include "scene/synthetic_arcs.h"
#include "scene/volume_series.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>

namespace app {

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// This process's peak resident memory (VmHWM), MB.
double peakRssMb() {
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return kNotMeasured;
    char line[256];
    double mb = kNotMeasured;
    while (std::fgets(line, sizeof line, f)) {
        long kb = 0;
        if (std::sscanf(line, "VmHWM: %ld", &kb) == 1) mb = static_cast<double>(kb) / 1024.0;
    }
    std::fclose(f);
    return mb;
}

// The options a child needs to load the same map and data.
std::vector<std::string> inputArgs(const Options& o) {
    std::vector<std::string> a;
    if (!o.neDir.empty()) a.insert(a.end(), {"--ne-dir", o.neDir});
    if (!o.manifest.empty()) a.insert(a.end(), {"--manifest", o.manifest});
    if (!o.dataDir.empty()) a.insert(a.end(), {"--data", o.dataDir});
    return a;
}

void reportChildFailure(const char* what, const ChildRun& r) {
    std::fprintf(stderr, "bench: %s failed (exit %d):\n%s\n", what, r.exitCode, r.output.c_str());
}

// Time to the first presented frame of the window, with an empty and then a filled cache.
void measureFirstFrame(const Options& options, const std::string& argv0, int repeats,
                       BenchFigures* fig) {
    std::vector<double> cold, warm;
    double rss = 0.0;
    for (int r = 0; r < repeats; ++r) {
        const std::string dir = makeTempDir("corridor-bench-cache-");
        std::vector<std::string> args = inputArgs(options);
        args.insert(args.end(), {"--frames", "1", "--cache-dir", dir});
        for (int pass = 0; pass < 2; ++pass) {
            const ChildRun run = runSelf(argv0, args);
            const double ms = numberAfter(run.output, "first frame presented ");
            if (run.exitCode != 0 || !std::isfinite(ms)) {
                reportChildFailure("the first-frame run", run);
                continue;
            }
            (pass == 0 ? cold : warm).push_back(ms);
            rss = std::max(rss, run.maxRssMb);
        }
        removeTree(dir);
    }
    fig->firstFrameColdMs = median(cold);
    fig->firstFrameWarmMs = median(warm);
    if (rss > 0.0) fig->peakRssMb = rss;
}

// Loads the map and data and uploads them; the session is kept in *session.
LoadFigures measureLoad(const Options& options, const std::string& argv0,
                        render::MapRenderer& renderer, MapSession* session) {
    LoadFigures l;
    const auto t0 = Clock::now();
    *session = loadMapSession(options, argv0);
    const double loadMs = msSince(t0);
    const auto t1 = Clock::now();
    prepareRenderer(renderer, *session, nullptr);
    glFinish();
    l.uploadMs = msSince(t1);
    l.loadMs = loadMs + l.uploadMs;
    const scene::BuildTimings& b = session->map.timings;
    l.readMs = b.readMs;
    l.cacheMs = b.hashMs + b.cacheReadMs + b.cacheWriteMs;
    l.projectMs = b.projectMs;
    l.triangulateMs = b.triangulateMs + b.simplifyMs;
    l.cacheHits = b.cacheHits;
    return l;
}

LoadFigures medianLoad(const std::vector<LoadFigures>& v) {
    auto pick = [&](double LoadFigures::*m) {
        std::vector<double> xs;
        for (const auto& l : v) xs.push_back(l.*m);
        return median(xs);
    };
    LoadFigures l;
    l.loadMs = pick(&LoadFigures::loadMs);
    l.readMs = pick(&LoadFigures::readMs);
    l.cacheMs = pick(&LoadFigures::cacheMs);
    l.projectMs = pick(&LoadFigures::projectMs);
    l.triangulateMs = pick(&LoadFigures::triangulateMs);
    l.uploadMs = pick(&LoadFigures::uploadMs);
    l.cacheHits = v.empty() ? 0 : v.back().cacheHits;
    return l;
}

// The home view at w x h as `render --size WxH` frames it (scene::FrameBuilder), in the theme
// asked for; everything else as a frame's defaults.
scene::FrameSpec homeSpec(const Options& options, const MapSession& session, int w, int h) {
    const std::vector<glm::dvec2> noPlaces;  // output() places no cards
    const scene::FrameBuilder frames(session.map, session.dataset, noPlaces);
    scene::OutputRequest request;
    request.widthPx = w;
    request.heightPx = h;
    request.theme = options.theme;
    return frames.output(request, session.map.home);
}

// Frames where only the year and the animation time move, as in playback: warm-up frames (two,
// or one when a frame takes seconds), then up to maxFrames measured, fewer when they exceed
// budgetMs (at least three, or one for multi-second frames).
FrameFigures measureFrames(render::MapRenderer& renderer, const render::RenderTarget& target,
                           scene::FrameSpec spec, int maxFrames, double budgetMs) {
    FrameFigures fig;
    std::vector<double> frameMs, cpuMs, driverMs;
    size_t uploadsBefore = renderer.timelineUploads();
    const auto start = Clock::now();
    int warmup = 2;
    bool slow = false;
    for (int f = -warmup; f < maxFrames; ++f) {
        const int step = f + 2;
        spec.year = 2005.0 + 20.0 * step / (maxFrames + 2);
        spec.animPhase = 0.04 * step;
        const auto t0 = Clock::now();
        const double c0 = render::threadCpuMs();
        const double d0 = render::driverCpuMs();
        fig.drawCalls = renderer.draw(spec, target).drawCalls;
        const double c1 = render::threadCpuMs();
        const double d1 = render::driverCpuMs();
        glFinish();
        const double ms = msSince(t0);
        if (f < 0) {
            if (ms > 0.25 * budgetMs) {
                slow = true;
                f = -1;  // one warm-up is enough when a frame takes this long
            }
            // The first frame of a set uploads its (aggregated) arcs; the measured ones must not.
            uploadsBefore = renderer.timelineUploads();
            continue;
        }
        frameMs.push_back(ms);
        cpuMs.push_back((c1 - c0) - (d1 - d0));
        driverMs.push_back(d1 - d0);
        if ((f >= 2 || slow) && msSince(start) > budgetMs) break;
    }
    fig.frameMs = median(frameMs);
    fig.cpuMs = median(cpuMs);
    fig.driverCpuMs = median(driverMs);
    fig.uploads = renderer.timelineUploads() - uploadsBefore;
    fig.measured = static_cast<int>(frameMs.size());
    return fig;
}

// The window's frames while the view moves on software GL (see SizeFigures): from a rested
// view with its cache's margin drawn, `frames` pan frames and `frames` zoom frames through
// drawMoving, each followed by the full-quality redraw the window does at rest. With `pngStem`,
// the last moving frame and its redraw of each pass as PNGs, to compare.
void measureMoving(render::MapRenderer& renderer, const render::RenderTarget& target,
                   const scene::FrameSpec& rest, int frames, const std::string& pngStem,
                   SizeFigures* s) {
    std::vector<double> still, pan, zoom, redraw, margin, stripMax;
    const glm::dvec2 viewport(rest.widthPx, rest.heightPx);
    auto timed = [](auto&& f) {
        const auto t0 = Clock::now();
        f();
        glFinish();
        return msSince(t0);
    };
    for (int pass = 0; pass < 2; ++pass) {  // pass 0 pans, pass 1 zooms
        scene::FrameSpec spec = rest;
        renderer.draw(spec, target);
        double total = 0.0, slowest = 0.0;
        for (bool more = true; more;) {
            const double ms = timed([&] { more = renderer.extendBaseCache(spec); });
            total += ms;
            if (more) slowest = std::max(slowest, ms);
        }
        margin.push_back(total);
        stripMax.push_back(slowest);
        for (int f = 0; pass == 0 && f < frames; ++f) {
            // The floor of a moving frame: the same view and year, only the animation moving.
            spec.animPhase = 0.04 * f;
            still.push_back(timed([&] { renderer.draw(spec, target); }));
        }
        for (int f = 0; f < frames; ++f) {
            spec.camera = pass == 0 ? scene::pan(spec.camera, {6.0, 3.0})
                                    : scene::zoomAt(spec.camera, 1.02, 0.4 * viewport, viewport);
            spec.animPhase = 0.04 * f;
            int fromCache = 0;
            const double ms =
                timed([&] { fromCache = renderer.drawMoving(spec, target).baseFromCache; });
            if (fromCache) (pass == 0 ? pan : zoom).push_back(ms);
        }
        const std::string name = pngStem + (pass == 0 ? "-pan-" : "-zoom-") +
                                 std::to_string(rest.widthPx) + "x" + std::to_string(rest.heightPx);
        std::string err;
        if (!pngStem.empty() &&
            !render::writePng(name + "-moving.png", render::readResolved(target), 0, &err))
            std::fprintf(stderr, "error: %s\n", err.c_str());
        redraw.push_back(timed([&] { renderer.draw(spec, target); }));
        if (!pngStem.empty() &&
            !render::writePng(name + "-redraw.png", render::readResolved(target), 0, &err))
            std::fprintf(stderr, "error: %s\n", err.c_str());
    }
    s->stillFrameMs = median(still);
    s->panFrameMs = median(pan);
    s->zoomFrameMs = median(zoom);
    s->restRedrawMs = median(redraw);
    s->marginMs = median(margin);
    s->marginStripMaxMs = *std::max_element(stripMax.begin(), stripMax.end());
}

SizeFigures measureSize(render::MapRenderer& renderer, const render::RenderTarget& target,
                        scene::FrameSpec spec, int frames, const std::string& pngStem) {
    SizeFigures s;
    s.width = spec.widthPx;
    s.height = spec.heightPx;
    std::vector<double> empty, pan;
    // The floor of a playback frame: the cached base map blitted in and the vignette, with the
    // corridor, flows, markers and legend off.
    scene::FrameSpec bare = spec;
    bare.timeline.route = bare.timeline.arcs = bare.timeline.markers = bare.timeline.legend = false;
    for (int f = -1; f < frames; ++f) {
        bare.animPhase = 0.04 * (f + 1);
        const auto t0 = Clock::now();
        renderer.draw(bare, target);
        glFinish();
        if (f >= 0) empty.push_back(msSince(t0));
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    for (int f = -1; f < frames; ++f) {
        // Panning by a pixel each frame: the cached base map must be drawn again.
        spec.camera.centerWorld.x += spec.camera.metresPerPx * (f % 2 == 0 ? 1.0 : -1.0);
        const auto t0 = Clock::now();
        renderer.draw(spec, target);
        glFinish();
        if (f >= 0) pan.push_back(msSince(t0));
    }
    s.emptyFrameMs = median(empty);
    s.baseRedrawMs = median(pan);
    measureMoving(renderer, target, spec, std::max(frames, 5), pngStem, &s);
    return s;
}

void measureExports(const Options& options, const std::string& argv0, const std::string& cacheDir,
                    int repeats, BenchFigures* fig) {
    const std::string dir = makeTempDir("corridor-bench-export-");
    for (const auto& [w, h] : {std::pair<int, int>{3840, 2160}, {7680, 4320}}) {
        ExportFigures e;
        e.width = w;
        e.height = h;
        std::vector<double> total, png;
        std::vector<std::string> args = inputArgs(options);
        const std::string size = std::to_string(w) + "x" + std::to_string(h);
        args.insert(args.end(), {"render", "--size", size, "--out", dir + "/bench.png",
                                 "--cache-dir", cacheDir, "--theme", options.theme});
        args.insert(args.begin(), "render");
        args.erase(std::find(args.begin() + 1, args.end(), "render"));
        for (int r = 0; r < repeats; ++r) {
            const ChildRun run = runSelf(argv0, args);
            if (run.exitCode != 0) {
                reportChildFailure("the export", run);
                continue;
            }
            total.push_back(run.wallMs);
            png.push_back(numberAfter(run.output, "(png "));
            e.peakRssMb =
                std::isfinite(e.peakRssMb) ? std::max(e.peakRssMb, run.maxRssMb) : run.maxRssMb;
        }
        e.processMs = median(total);
        e.pngMs = median(png);
        fig->exports.push_back(e);
    }
    removeTree(dir);
}

// What aggregating a synthetic set costs, measured apart from the frames: clustering its places
// (once per data set) and aggregating at the frame's zoom level (median of three; what a change
// of zoom level or filters costs). The renderer does the same work on its first frame.
void measureAggregation(const std::vector<scene::ArcInstance>& arcs, const scene::FrameSpec& spec,
                        FrameFigures* f) {
    const auto t0 = Clock::now();
    const scene::FlowClusters clusters = scene::buildFlowClusters(arcs);
    f->clusterMs = msSince(t0);
    const int level = scene::clusterLevelFor(spec.camera, spec.pixelsPerPoint);
    std::vector<double> ms;
    for (int r = 0; r < 3; ++r) {
        const auto t1 = Clock::now();
        const scene::FlowAggregate agg = scene::aggregateFlows(arcs, clusters, level, "dark");
        ms.push_back(msSince(t1));
        f->instances = agg.arcs.size();
    }
    f->aggregateMs = median(ms);
}

// `--out map.png` -> "map-100000-1920x1080.png".
std::string benchPngName(const std::string& out, const std::string& set, int w, int h) {
    std::string stem = out;
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".png") == 0)
        stem.resize(stem.size() - 4);
    return stem + "-" + set + "-" + std::to_string(w) + "x" + std::to_string(h) + ".png";
}

}  // namespace

int runBench(const Options& options, const std::string& argv0) {
    const bool quick = options.benchQuick;
    BenchFigures fig;
    fig.quick = quick;
    fig.repeats = quick ? 1 : 3;
    fig.cpu = cpuModel();
    fig.cores = static_cast<int>(std::thread::hardware_concurrency());
    std::vector<std::pair<int, int>> sizes = {{1920, 1080}, {3840, 2160}};
    if (options.benchSizeGiven) sizes = {{options.widthPx, options.heightPx}};
    std::vector<size_t> sets = options.benchArcs;
    if (sets.empty())
        sets =
            quick ? std::vector<size_t>{1000} : std::vector<size_t>{1000, 10000, 100000, 1000000};
    const int frames = quick ? std::min(options.benchFrames, 3) : options.benchFrames;
    const double budgetMs = quick ? 2000.0 : 20000.0;

    // The bench never touches the user's cache: its own folder, cold and then warm.
    const std::string cacheDir = makeTempDir("corridor-bench-cache-");
    if (cacheDir.empty()) {
        std::fprintf(stderr, "error: cannot make a temporary folder for the cache\n");
        return kExitRender;
    }
    struct Cleanup {
        std::string dir;
        ~Cleanup() { removeTree(dir); }
    } cleanup{cacheDir};

    std::printf("corridor bench%s: %d repeats, up to %d frames per set\n", quick ? " --quick" : "",
                fig.repeats, frames);
    if (!options.benchFramesOnly) measureFirstFrame(options, argv0, fig.repeats, &fig);

    std::string err;
    auto window = GlWindow::create("Corridor bench", 64, 64, true, &err);
    if (!window) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    fig.glRenderer = window->rendererName();
    std::printf("machine: %s, %d cores; GL: %s\n", fig.cpu.c_str(), fig.cores,
                fig.glRenderer.c_str());
    render::installDriverTimer();
    auto renderer = render::MapRenderer::create(&err);
    if (!renderer) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    Options loadOptions = options;
    loadOptions.noCache = false;
    loadOptions.cacheDir = cacheDir;
    MapSession session;
    std::vector<LoadFigures> cold, warm;
    const int loadRepeats = options.benchFramesOnly ? 1 : fig.repeats;
    for (int r = 0; r < loadRepeats; ++r) {
        removeTree(cacheDir);
        cold.push_back(measureLoad(loadOptions, argv0, *renderer, &session));
        if (session.fatal) {
            printMessages(stderr, "error", session.errors);
            printMessages(stderr, "warning", session.warnings);
            return kExitInput;
        }
        warm.push_back(measureLoad(loadOptions, argv0, *renderer, &session));
    }
    fig.cold = medianLoad(cold);
    fig.warm = medianLoad(warm);
    printLoadTable(fig);

    auto proj = geo::Projection::create(session.map.projection, &err);
    renderer->setAggregateFlows(!options.benchNoAggregate);
    const scene::VolumeSeries volumes = scene::volumeSeries(session.dataset);
    bool header = true;
    for (const auto& [w, h] : sizes) {
        render::RenderTarget target(w, h, 0, &err);
        if (!target.valid()) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        const scene::FrameSpec spec = homeSpec(options, session, w, h);
        uploadTimeline(*renderer, session);
        std::string stem;
        if (options.outGiven) {
            stem = options.out;
            if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".png") == 0)
                stem.resize(stem.size() - 4);
        }
        fig.sizes.push_back(measureSize(*renderer, target, spec, quick ? 1 : frames, stem));
        std::vector<size_t> all{0};
        all.insert(all.end(), sets.begin(), sets.end());
        for (size_t n : all) {
            FrameFigures aggregation;
            if (n == 0) {
                uploadTimeline(*renderer, session);
            } else {
                scene::TimelineGeometry timeline;
                timeline.route = session.timeline.route;
                timeline.nodes = session.timeline.nodes;
                timeline.arcs = scene::syntheticArcs(n, session.map.clip, *proj, 7);
                aggregation.aggregated = !options.benchNoAggregate && n > scene::kAggregateMinArcs;
                if (aggregation.aggregated) measureAggregation(timeline.arcs, spec, &aggregation);
                renderer->setTimeline(timeline, volumes);
            }
            FrameFigures f = measureFrames(*renderer, target, spec, frames, budgetMs);
            f.width = w;
            f.height = h;
            f.set = n == 0 ? "default" : std::to_string(n);
            f.arcs = n == 0 ? session.timeline.arcs.size() : n;
            f.aggregated = aggregation.aggregated;
            f.instances = f.aggregated ? aggregation.instances : f.arcs;
            f.clusterMs = aggregation.clusterMs;
            f.aggregateMs = aggregation.aggregateMs;
            if (options.outGiven) {
                // The set at the end of 2025, to look at.
                scene::FrameSpec last = spec;
                last.year = 2025.99;
                renderer->draw(last, target);
                const std::string png = benchPngName(options.out, f.set, w, h);
                if (!render::writePng(png, render::readResolved(target), 72.0 * spec.pixelsPerPoint,
                                      &err))
                    std::fprintf(stderr, "error: %s\n", err.c_str());
            }
            printFrameRow(f, header);
            header = false;
            fig.frames.push_back(f);
        }
    }
    uploadTimeline(*renderer, session);
    fig.benchPeakRssMb = peakRssMb();
    if (!options.benchFramesOnly) measureExports(options, argv0, cacheDir, fig.repeats, &fig);
    printSummary(fig);
    if (!options.benchJson.empty()) {
        if (!writeBenchJson(fig, options.benchJson, &err)) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        std::printf("wrote %s\n", options.benchJson.c_str());
    }
    return kExitOk;
}

}  // namespace app
