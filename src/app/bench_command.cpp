#include "app/bench_command.h"

#include "app/gl_window.h"
#include "app/map_session.h"
#include "app/renderer_setup.h"
#include "render/gl.h"
#include "render/map_renderer.h"
#include "scene/synthetic_arcs.h"
#include "scene/volume_series.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace app {

namespace {

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> v) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int runBench(const Options& options, const std::string& argv0) {
    MapSession session = loadMapSession(options, argv0);
    if (session.fatal) {
        for (const auto& e : session.errors) std::fprintf(stderr, "error: %s\n", e.c_str());
        return kExitInput;
    }
    std::string err;
    auto window = GlWindow::create("Corridor bench", 64, 64, true, &err);
    if (!window) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    auto renderer = render::MapRenderer::create(&err);
    if (!renderer) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    prepareRenderer(*renderer, session, nullptr);
    render::RenderTarget target(options.widthPx, options.heightPx, 4, &err);
    if (!target.valid()) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    auto proj = geo::Projection::create(session.map.projection, &err);
    const scene::VolumeSeries volumes = scene::volumeSeries(session.dataset);
    std::printf("corridor bench: %dx%d, %d frames per set, %s\n", options.widthPx, options.heightPx,
                options.benchFrames, window->rendererName().c_str());
    std::printf("%10s %12s %12s %12s %12s\n", "arcs", "frame_ms", "cpu_ms", "draw_calls",
                "uploads");
    std::vector<size_t> sets = options.benchArcs;
    if (sets.empty()) sets = {0};
    for (size_t n : sets) {
        scene::TimelineGeometry timeline = n == 0 ? session.timeline : scene::TimelineGeometry{};
        if (n > 0) {
            timeline.route = session.timeline.route;
            timeline.nodes = session.timeline.nodes;
            timeline.arcs = scene::syntheticArcs(n, session.map.clip, *proj, 7);
        }
        renderer->setTimeline(timeline, volumes);
        scene::FrameSpec spec;
        spec.widthPx = options.widthPx;
        spec.heightPx = options.heightPx;
        spec.pixelsPerPoint = scene::pixelsPerPointForSize(options.widthPx, options.heightPx);
        spec.theme = options.theme;
        spec.camera =
            cameraForView(session.map, session.map.home, {options.widthPx, options.heightPx});
        std::vector<double> frameMs, cpuMs;
        int drawCalls = 0;
        const size_t uploadsBefore = renderer->timelineUploads();
        for (int f = -2; f < options.benchFrames; ++f) {  // two warm-up frames
            // Only the time moves, as in playback.
            spec.year = 2005.0 + 20.0 * (f + 2) / (options.benchFrames + 2);
            spec.animPhase = 0.04 * (f + 2);
            const auto t0 = std::chrono::steady_clock::now();
            const double c0 = threadCpuMs();
            drawCalls = renderer->draw(spec, target).drawCalls;
            const double c1 = threadCpuMs();
            glFinish();
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                    .count();
            if (f >= 0) {
                frameMs.push_back(ms);
                cpuMs.push_back(c1 - c0);
            }
        }
        std::printf("%10zu %12.1f %12.2f %12d %12zu\n", n == 0 ? session.timeline.arcs.size() : n,
                    median(frameMs), median(cpuMs), drawCalls,
                    renderer->timelineUploads() - uploadsBefore);
        std::fflush(stdout);
    }
    return kExitOk;
}

}  // namespace app
