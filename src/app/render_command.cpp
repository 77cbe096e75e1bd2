#include "app/render_command.h"

#include "app/export_frames.h"
#include "app/export_video.h"
#include "app/gl_window.h"
#include "app/map_session.h"
#include "app/renderer_setup.h"
#include "render/export_tiles.h"
#include "render/map_renderer.h"
#include "scene/frame_spec.h"

#include <unistd.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace app {

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
// What can be known before the map loads (seconds): the output folder takes files, ffmpeg is
// there for --video. Empty when fine.
std::string checkOutputs(const Options& options) {
    if (!options.video.empty() && findOnPath("ffmpeg").empty())
        return missingFfmpegMessage(options.video);
    if (options.sequence()) return {};  // its folder is made when missing
    std::string dir = std::filesystem::path(options.out).parent_path().string();
    if (dir.empty()) dir = ".";
    if (::access(dir.c_str(), W_OK | X_OK) != 0)
        return options.out + ": cannot write there: " + std::strerror(errno);
    return {};
}

}  // namespace

int runRender(const Options& options, const std::string& argv0) {
    const auto t0 = std::chrono::steady_clock::now();
    if (const std::string e = checkOutputs(options); !e.empty()) {
        std::fprintf(stderr, "error: %s\n", e.c_str());
        return kExitRender;
    }
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
        scene::FrameSpec spec;
        spec.widthPx = options.widthPx;
        spec.heightPx = options.heightPx;
        spec.pixelsPerPoint = exportPixelsPerPoint(options);
        spec.theme = options.theme;
        spec.year = options.year;
        spec.animPhase = options.timeSec;
        spec.transparent = options.transparent;
        spec.timeline.legend = !options.noFurniture;
        const glm::dvec2 viewport(options.widthPx, options.heightPx);
        spec.camera = cameraForView(session.map, options.view.value_or(session.map.home), viewport);
        render::TiledExporter exporter(*renderer, options.tileSizePx);
        if (options.sequence()) {
            code = exportSequence(exporter, spec, options);
            if (code == kExitOk && !session.errors.empty()) code = kExitInput;
            return code;
        }
        const auto tDraw = std::chrono::steady_clock::now();
        // 96 dpi matches the 1.333 px/pt screen reference at 1920x1080; larger frames keep it.
        if (!exportPng(exporter, spec, options.out, exportDpi(options), true, &err)) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        const double drawMs = msSince(tDraw);
        const scene::BuildTimings& bt = session.map.timings;
        std::fprintf(stderr,
                     "wrote %s (%dx%d, %.0f dpi, %s theme) in %.0f ms: load %.0f (read %.0f; cpu: "
                     "project %.0f, clip+"
                     "triangulate %.0f, simplify %.0f), draw+read+png %.0f\n",
                     options.out.c_str(), options.widthPx, options.heightPx, exportDpi(options),
                     options.theme.c_str(), msSince(t0), loadMs, bt.readMs, bt.projectMs,
                     bt.triangulateMs, bt.simplifyMs, drawMs);
        // The map rendered, but part of the input was bad: say so in the exit code.
        if (!session.errors.empty()) code = kExitInput;
    }
    return code;
}

}  // namespace app
