#include "app/render_command.h"

#include "app/gl_window.h"
#include "app/map_session.h"
#include "app/renderer_setup.h"
#include "render/map_renderer.h"
#include "render/readback.h"
#include "scene/frame_spec.h"

#include <chrono>
#include <cstdio>

namespace app {

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

int runRender(const Options& options, const std::string& argv0) {
    const auto t0 = std::chrono::steady_clock::now();
    MapSession session = loadMapSession(options, argv0);
    for (const auto& e : session.errors) std::fprintf(stderr, "error: %s\n", e.c_str());
    if (session.fatal) return kExitInput;
    const double loadMs = msSince(t0);

    std::string err;
    auto window = GlWindow::create("Corridor", 64, 64, true, &err);
    if (!window) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    int code = kExitOk;
    {
        auto renderer = render::MapRenderer::create(&err);
        if (!renderer) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        std::vector<std::string> warnings;
        prepareRenderer(*renderer, session, &warnings);
        for (const auto& w : warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
        render::RenderTarget target(options.widthPx, options.heightPx, 4, &err);
        if (!target.valid()) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        scene::FrameSpec spec;
        spec.widthPx = options.widthPx;
        spec.heightPx = options.heightPx;
        spec.pixelsPerPoint = scene::pixelsPerPointForSize(options.widthPx, options.heightPx);
        spec.theme = options.theme;
        spec.year = options.year;
        spec.animPhase = options.timeSec;
        const glm::dvec2 viewport(options.widthPx, options.heightPx);
        spec.camera = cameraForView(session.map, options.view.value_or(session.map.home), viewport);
        const auto tDraw = std::chrono::steady_clock::now();
        renderer->draw(spec, target);
        render::Image image = render::readResolved(target);
        const double drawMs = msSince(tDraw);
        const auto tWrite = std::chrono::steady_clock::now();
        // 96 dpi matches the 1.333 px/pt screen reference at 1920x1080; larger frames keep it.
        if (!render::writePng(options.out, image, 72.0 * spec.pixelsPerPoint, &err)) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        const scene::BuildTimings& bt = session.map.timings;
        std::fprintf(
            stderr,
            "wrote %s (%dx%d, %s theme) in %.0f ms: load %.0f (read %.0f; cpu: project %.0f, clip+"
            "triangulate %.0f, simplify %.0f), draw+read %.0f, png %.0f\n",
            options.out.c_str(), options.widthPx, options.heightPx, options.theme.c_str(),
            msSince(t0), loadMs, bt.readMs, bt.projectMs, bt.triangulateMs, bt.simplifyMs, drawMs,
            msSince(tWrite));
        // The map rendered, but part of the input was bad: say so in the exit code.
        if (!session.errors.empty()) code = kExitInput;
    }
    return code;
}

}  // namespace app
