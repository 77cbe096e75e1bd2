#include "app/render_command.h"

#include "app/story_video.h"

#include "app/export_frames.h"
#include "app/export_vector.h"
#include "app/export_video.h"
#include "app/gl_window.h"
#include "app/interrupt.h"
#include "app/load_messages.h"
#include "app/map_session.h"
#include "app/process_exit.h"
#include "app/renderer_setup.h"
#include "render/export_png.h"
#include "render/export_tiles.h"
#include "render/gl.h"
#include "render/map_renderer.h"
#include "render/stage_trace.h"
#include "scene/frame_builder.h"
#include "scene/frame_spec.h"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>

namespace app {

namespace {

// --text, when given (an unknown name counts as the default).
std::optional<scene::TextSize> chosenText(const Options& options) {
    if (options.textSize.empty()) return std::nullopt;
    return scene::parseTextSize(options.textSize).value_or(scene::TextSize::Default);
}

// --scene FILE [--step N] on `base`: the step's frame (scene::FrameBuilder::step), its box
// framed clear of the furniture `renderer` lays out for it. False after printing the error.
bool applyStoryStep(const Options& options, const render::MapRenderer& renderer,
                    const scene::FrameBuilder& frames, const scene::FrameSpec& base,
                    scene::StepFrame* out) {
    const scene::StoryResult story = scene::loadStory(options.scene);
    printMessages(stderr, "warning", story.warnings);
    printMessages(stderr, "error", story.errors);
    if (!story.ok()) return false;
    const int count = static_cast<int>(story.story.steps.size());
    const int step = std::max(options.step, 1);
    if (step > count) {
        std::fprintf(stderr, "error: %s: --step %d, but the story has %d step%s\n",
                     options.scene.c_str(), step, count, count == 1 ? "" : "s");
        return false;
    }
    scene::StepRequest request;
    request.step = step - 1;
    request.furniture = !options.noFurniture;
    request.restCards = !options.sequence();  // a sequence adds each frame's own event cards
    request.textSize = chosenText(options);
    *out = frames.step(base, story.story, request, [&](const scene::FrameSpec& spec) {
        return renderer.furnitureCoverPx(spec);
    });
    std::vector<std::string> problems;
    for (const auto& p : out->target.problems) problems.push_back(options.scene + ": " + p);
    printMessages(stderr, "warning", problems);
    return true;
}

}  // namespace

namespace {
// Tiles smaller than the GL limit (4096): a signal is answered between tiles, and a 2048 tile
// takes well under a second even on a software GL, at no cost in speed (7016x4961 on llvmpipe,
// 2 cores: 10.3 s in tiles of 4096, 9.8 s in tiles of 2048).
constexpr int kDefaultRenderTilePx = 2048;

// --tile, else the whole frame in one tile when it fits the driver's largest (4096 at most: a
// 4K frame's geometry then goes through the vertex stage once, not four times, about 50 ms less
// on llvmpipe), else tiles of kDefaultRenderTilePx.
int renderTilePx(const Options& options) {
    if (options.tileSizePx > 0) return options.tileSizePx;
    const int largest = render::maxTileSizePx();
    return options.widthPx <= largest && options.heightPx <= largest ? largest
                                                                     : kDefaultRenderTilePx;
}

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
// What can be known before the map loads (seconds): the output folder takes files, the output
// is not a folder, device or link (render::checkOutputPath), ffmpeg is there for --video. Empty
// when fine.
std::string checkOutputs(const Options& options) {
    if (options.dryRun) return {};
    std::string err;
    if (!options.video.empty()) {
        if (findOnPath("ffmpeg").empty()) return missingFfmpegMessage(options.video);
        if (!render::checkOutputPath(options.video, nullptr, &err)) return err;
        if (options.allSteps) return {};  // a story video: no --out
    }
    if (options.sequence()) {
        if (!options.video.empty() && !options.outGiven) return {};
        // Frame 0's place, when its folder is there (else exportSequence makes it).
        const std::string first = framePath(options.out, 0);
        const std::filesystem::path dir = std::filesystem::path(first).parent_path();
        std::error_code ec;
        if (!dir.empty() && !std::filesystem::is_directory(dir, ec)) return {};
        return render::checkOutputPath(first, nullptr, &err) ? std::string() : err;
    }
    std::string target;
    if (!render::checkOutputPath(options.out, &target, &err)) return err;
    const std::string dir = std::filesystem::path(target).parent_path().string();
    if (::access(dir.c_str(), W_OK | X_OK) != 0)
        return options.out + ": cannot write there: " + std::strerror(errno);
    return {};
}

bool finiteCamera(const scene::Camera& c) {
    return std::isfinite(c.centerWorld.x) && std::isfinite(c.centerWorld.y) &&
           std::isfinite(c.metresPerPx) && c.metresPerPx > 0.0;
}

// --view against the map's area (a view reaching past it is cut to it, with a warning; one
// wholly outside it is a usage error); the home view without --view. False after printing
// the error.
bool resolveView(const Options& options, const MapSession& session, geo::LonLatBox* view) {
    *view = session.map.home;
    if (!options.view) return true;
    const std::string area =
        formatBox(session.map.clip) + " (the clip of " + session.manifestPath + ")";
    bool clamped = false;
    const auto inside = viewInsideArea(*options.view, session.map.clip, &clamped);
    if (!inside) {
        std::fprintf(stderr,
                     "error: --view %s is outside the map's area %s: nothing is drawn there\n",
                     formatBox(*options.view).c_str(), area.c_str());
        return false;
    }
    if (clamped) {
        std::fprintf(stderr, "warning: --view %s reaches outside the map's area %s; showing %s\n",
                     formatBox(*options.view).c_str(), area.c_str(), formatBox(*inside).c_str());
    }
    *view = *inside;
    return true;
}

}  // namespace

long residentKb() {
    return processStatusKb("VmRSS");
}

int drainGlErrors() {
    int n = 0;
    // A lost context can report GL_CONTEXT_LOST forever: stop after a bounded number.
    while (glGetError() != GL_NO_ERROR && n < 1000) ++n;
    return n;
}

namespace {
double toMb(long kb) {
    return kb < 0 ? -1.0 : static_cast<double>(kb) / 1024.0;
}
}  // namespace

SoakMonitor::SoakMonitor(render::MapRenderer& renderer, MapSession& session, int frameCount,
                         int reloadEvery)
    : m_renderer(renderer),
      m_session(session),
      m_count(std::max(1, frameCount)),
      m_reloadEvery(reloadEvery),
      // Warm-up: the first 10% of the run, at least one reload cycle, at most the whole run.
      m_warmupFrame(std::min(m_count - 1, std::max(m_count / 10, reloadEvery) - 1)) {
    if (m_warmupFrame < 0) m_warmupFrame = 0;
}

void SoakMonitor::afterFrame(int index) {
    m_glErrors += drainGlErrors();
    if (m_reloadEvery <= 0) return;
    if ((index + 1) % m_reloadEvery == 0) {
        std::vector<std::string> messages;
        if (reloadDataIfChanged(m_session, &messages) == ReloadResult::Reloaded) ++m_reloads;
        for (const auto& m : messages) std::fprintf(stderr, "\n%s\n", m.c_str());
        // Unconditionally: the soak exercises the upload path even when nothing changed.
        uploadTimeline(m_renderer, m_session);
        m_glErrors += drainGlErrors();
    }
    if (index == m_warmupFrame) m_warmKb = residentKb();
    const int step = std::max(1, m_count / 10);  // a line every 10% of the run
    if ((index + 1) % step == 0 || index + 1 == m_count) {
        const long kb = residentKb();
        std::fprintf(stderr, "\nsoak: frame %d/%d, RSS %.1f MB, GL errors %d\n", index + 1, m_count,
                     toMb(kb), m_glErrors);
        if (index + 1 == m_count) m_endKb = kb;
    }
}

std::string SoakMonitor::summary() const {
    char buf[256];
    const long end = m_endKb >= 0 ? m_endKb : residentKb();
    std::snprintf(buf, sizeof buf,
                  "soak: %d frames, RSS after warm-up %.1f MB, at end %.1f MB, growth %.1f MB, "
                  "GL errors %d",
                  m_count, toMb(m_warmKb), toMb(end), toMb(end) - toMb(m_warmKb), m_glErrors);
    return buf;
}

namespace {

// The story of --scene for --all-steps: kExitOk with at least one step, else kExitInput with
// its errors (or "the story has no steps") printed.
int loadStoryWithSteps(const std::string& path, scene::StoryResult* story) {
    *story = scene::loadStory(path);
    if (!story->ok()) {
        printMessages(stderr, "error", story->errors);
        return kExitInput;
    }
    if (story->story.steps.empty()) {
        std::fprintf(stderr, "error: %s: the story has no steps\n", path.c_str());
        return kExitInput;
    }
    return kExitOk;
}

int renderOne(const Options& options, const std::string& argv0, bool lastInProcess);

// --all-steps: each step of --scene at rest, one PNG each (the --out pattern numbered from 1),
// drawn exactly as `render --scene FILE --step N` draws it. Stops at the first step that
// cannot be drawn or written, or at Ctrl-C / SIGTERM.
int renderAllSteps(const Options& options, const std::string& argv0) {
    scene::StoryResult story;
    if (const int code = loadStoryWithSteps(options.scene, &story); code != kExitOk) return code;
    const int count = static_cast<int>(story.story.steps.size());
    const std::filesystem::path dir =
        std::filesystem::path(framePath(options.out, 1)).parent_path();
    std::error_code ec;
    if (!dir.empty() && !options.dryRun) std::filesystem::create_directories(dir, ec);
    int code = kExitOk;
    for (int i = 1; i <= count; ++i) {
        Options one = options;
        one.allSteps = false;
        one.step = i;
        one.out = framePath(options.out, i);
        const int c = renderOne(one, argv0, false);
        if (c == kExitUsage || c == kExitRender || c == kExitInterrupted || c == kExitTerminated)
            return c;
        if (c != kExitOk) code = c;  // bad input: the step was drawn; say so at the end
    }
    std::fprintf(stderr, "wrote %d steps of %s\n", count, options.scene.c_str());
    return code;
}

// The frame `render` draws before a story step is applied: size, density, theme, year, labels,
// furniture, and the camera on `view`.
scene::FrameSpec baseFrameSpec(const Options& options, const scene::FrameBuilder& frames,
                               const geo::LonLatBox& view) {
    scene::OutputRequest r;
    r.widthPx = options.widthPx;
    r.heightPx = options.heightPx;
    r.dpi = options.dpi;
    r.theme = options.theme;
    r.year = options.year;
    r.animPhase = options.timeSec;
    r.transparent = options.transparent;
    r.furniture = !options.noFurniture;
    r.inset = options.inset;
    r.labels = {!options.noLabels, options.labelLanguage, options.labelDensity};
    r.textSize = chosenText(options);
    return frames.output(r, view);
}

// --all-steps --video: every step's export frame (as `--step N` draws it), then the story's
// frames through the sequence writer. A step without a camera keeps the one before's, as in
// the window.
int renderStoryVideo(const Options& options, const MapSession& session,
                     render::MapRenderer& renderer, const scene::FrameBuilder& frames,
                     const geo::LonLatBox& view, const InterruptWatch& interrupt) {
    scene::StoryResult story;
    if (const int code = loadStoryWithSteps(options.scene, &story); code != kExitOk) return code;
    const int count = static_cast<int>(story.story.steps.size());
    std::vector<StoryVideoStep> steps(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Options one = options;
        one.step = i + 1;
        StoryVideoStep& s = steps[static_cast<size_t>(i)];
        scene::StepFrame frame;
        if (!applyStoryStep(one, renderer, frames, baseFrameSpec(one, frames, view), &frame))
            return kExitInput;
        s.rest = std::move(frame.spec);
        s.eventMask = std::move(frame.eventMask);
        s.placeTags = std::move(frame.placeTags);
        s.fromYear = frame.target.fromYear;
        const bool hasCamera = frame.target.camera.has_value();
        if (!hasCamera && i > 0) s.rest.camera = steps[static_cast<size_t>(i) - 1].rest.camera;
        if (!finiteCamera(s.rest.camera)) {
            std::fprintf(stderr, "error: %s: step %d: the %s projection cannot show its view\n",
                         options.scene.c_str(), i + 1, geo::toString(session.map.projection));
            return kExitUsage;
        }
    }
    render::TiledExporter exporter(
        renderer, options.tileSizePx > 0 ? options.tileSizePx : kDefaultRenderTilePx);
    int glErrors = 0;
    const int code = exportStoryVideo(
        exporter, steps, options, session, [&](int) { glErrors += drainGlErrors(); }, &interrupt);
    if (interrupt.requested()) return code;
    if (glErrors > 0) {
        std::fprintf(stderr, "%s: %d GL errors while rendering the story video\n",
                     options.dryRun ? "error" : "warning", glErrors);
        if (options.dryRun && code == kExitOk) return kExitRender;
    }
    if (code == kExitOk && !session.errors.empty()) return kExitInput;
    return code;
}

}  // namespace

int runRender(const Options& options, const std::string& argv0) {
    if (options.allSteps && options.video.empty()) return renderAllSteps(options, argv0);
    return renderOne(options, argv0, true);
}

namespace {

// `lastInProcess`: nothing runs after this render, so a written frame ends the process without
// tearing down (exitWithoutTeardown); false when renderAllSteps calls it once per step.
int renderOne(const Options& options, const std::string& argv0, bool lastInProcess) {
    const auto t0 = std::chrono::steady_clock::now();
    if (const std::string e = checkOutputs(options); !e.empty()) {
        std::fprintf(stderr, "error: %s\n", e.c_str());
        return kExitRender;
    }
    render::StageTrace trace("render");  // CORRIDOR_TRACE=1: start-up stages on stderr
    // The map loads on another thread while this one opens the GL context, compiles the
    // programs, opens the fonts and allocates the frame, none of which needs the map (each side
    // about 0.1 s on a 2-core llvmpipe machine); the upload waits for both. Fontconfig's
    // lookups run on a third thread meanwhile.
    double loadMs = 0.0;
    // The base map's vertex data is worked out there too, once the map is in (no GL needed).
    render::BaseMapPass::Vertices vertices;
    std::future<MapSession> loading = std::async(std::launch::async, [&] {
        MapSession loaded = loadMapSession(options, argv0);
        loadMs = msSince(t0);
        if (!loaded.fatal) vertices = render::BaseMapPass::prepare(loaded.map);
        return loaded;
    });
    std::future<RendererFonts> fontFiles = std::async(std::launch::async, findRendererFonts);
    std::string err;
    auto window = GlWindow::create("Corridor", 64, 64, true, &err);
    trace.mark("GL context", true);
    std::unique_ptr<render::MapRenderer> renderer;  // destroyed before the window's context
    std::vector<std::string> warnings;
    if (window) renderer = render::MapRenderer::create(&err);
    trace.mark("shaders", true);
    if (renderer) prepareFonts(*renderer, fontFiles.get(), &warnings);
    // A single PNG frame: its tile target and band are allocated here, while the map still loads
    // (70 ms of clearing memory at 4K), and its base map is drawn straight into the frame.
    const bool singleFrame =
        !options.sequence() && !options.allSteps && outputFormat(options) == "png";
    std::unique_ptr<render::TiledExporter> tiles;
    if (renderer) tiles = std::make_unique<render::TiledExporter>(*renderer, renderTilePx(options));
    if (renderer && singleFrame) {
        renderer->setKeepBaseMap(false);
        std::string ignored;  // render() reports a failure again, after the load's messages
        if (fitsInMemory(*tiles, options.widthPx, options.heightPx, &ignored))
            tiles->prepare(options.widthPx, options.heightPx, &ignored);
        trace.mark("render target", true);
    }
    MapSession session = loading.get();
    trace.mark("load session (waited)");
    printMessages(stderr, "error", session.errors);
    printMessages(stderr, "warning", session.warnings);
    if (session.fatal) return kExitInput;
    geo::LonLatBox view;
    if (!resolveView(options, session, &view)) return kExitUsage;

    // From here on Ctrl-C and SIGTERM stop the render between tiles and frames, with no
    // unfinished file left. (While loading the default handling ends the process at once:
    // nothing has been written yet.)
    const InterruptWatch interrupt;
    auto interrupted = [&](const std::string& what, const char* rest) {
        std::fprintf(stderr, "\nerror: %s: interrupted by %s%s\n", what.c_str(),
                     interrupt.signalName().c_str(), rest);
        return interrupt.exitCode();
    };
    const std::string target = options.dryRun ? std::string("render") : options.out;
    if (!window || !renderer) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    int code = kExitOk;
    {
        prepareMap(*renderer, session, &vertices, singleFrame);
        vertices = {};  // uploaded: its memory back
        trace.mark("map upload", true);
        printMessages(stderr, "warning", warnings);
        if (interrupt.requested()) return interrupted(target, "; nothing written");
        const std::vector<glm::dvec2> where = scene::placePositions(session.map, session.dataset);
        const scene::FrameBuilder frames(session.map, session.dataset, where);
        scene::FrameSpec spec = baseFrameSpec(options, frames, view);
        if (options.allSteps)
            return renderStoryVideo(options, session, *renderer, frames, view, interrupt);
        std::vector<char> eventMask;  // a story step's choice of event cards (empty: all)
        if (!options.scene.empty()) {
            scene::StepFrame step;
            if (!applyStoryStep(options, *renderer, frames, spec, &step)) return kExitInput;
            spec = std::move(step.spec);
            eventMask = std::move(step.eventMask);
        }
        if (!finiteCamera(spec.camera)) {
            std::fprintf(stderr, "error: the %s projection cannot show the view %s\n",
                         geo::toString(session.map.projection), formatBox(view).c_str());
            return kExitUsage;
        }
        if (const std::string format = outputFormat(options); format != "png") {
            // PDF or SVG: the same frame, drawn by the vector back end (vector_export.h).
            const auto tVector = std::chrono::steady_clock::now();
            render::VectorStats vs;
            if (!writeVectorFrame(*renderer, session, spec, *render::parseVectorFormat(format),
                                  options.out, &err, &vs)) {
                std::fprintf(stderr, "error: %s\n", err.c_str());
                return kExitRender;
            }
            const glm::dvec2 page = render::pageSizePt(spec);
            std::fprintf(stderr,
                         "wrote %s (%s, %.0fx%.0f pt = %dx%d px at %.0f dpi, %d layers, %.2f MB) "
                         "in %.0f ms: load %.0f, draw+write %.0f\n",
                         options.out.c_str(), format.c_str(), page.x, page.y, options.widthPx,
                         options.heightPx, exportDpi(options), vs.groups,
                         static_cast<double>(vs.bytes) / 1e6, msSince(t0), loadMs,
                         msSince(tVector));
            return session.errors.empty() ? kExitOk : kExitInput;
        }
        render::TiledExporter& exporter = *tiles;
        if (options.sequence()) {
            const int count = sequenceLength(options.fps, options.durationSec);
            SoakMonitor monitor(*renderer, session, count, options.soakReload);
            // Event cards as in the window's playback: a few seconds each, at most a year.
            const double yearsPerSec =
                std::abs(*options.toYear - *options.fromYear) / std::max(options.durationSec, 1e-9);
            const double hold = std::min(scene::kMaxPlayingCalloutYears, 3.0 * yearsPerSec);
            const auto fixedCallouts = spec.overlays.callouts;  // a story step's place tags only
            auto prepare = [&](scene::FrameSpec& frame) {
                if (options.noFurniture) return;
                frame.overlays.callouts = frames.movingCallouts(
                    frame.year, hold, eventMask.empty() ? nullptr : &eventMask, fixedCallouts);
            };
            code = exportSequence(
                exporter, spec, options, [&](int i) { monitor.afterFrame(i); }, prepare,
                &interrupt);
            if (interrupt.requested()) return code;
            if (options.soakReload > 0 && code == kExitOk)
                std::fprintf(stderr, "%s\n", monitor.summary().c_str());
            // GL errors (drained after every frame): a soak fails on them, an export warns.
            if (monitor.glErrors() > 0) {
                const bool fail = options.soakReload > 0 || options.dryRun;
                std::fprintf(stderr, "%s: %d GL errors while rendering the sequence\n",
                             fail ? "error" : "warning", monitor.glErrors());
                if (fail && code == kExitOk) code = kExitRender;
            }
            if (code == kExitOk && !session.errors.empty()) code = kExitInput;
            return code;
        }
        const auto tDraw = std::chrono::steady_clock::now();
        if (options.dryRun) {
            const bool ok = exporter.render(
                spec, [](const uint8_t*, int, int, std::string*) { return true; },
                [&](int, int) { return !interrupt.requested(); }, &err);
            if (interrupt.requested()) return interrupted(target, "");
            if (!ok || drainGlErrors() > 0) {
                std::fprintf(stderr, "error: %s\n", ok ? "GL errors while rendering" : err.c_str());
                return kExitRender;
            }
            std::fprintf(stderr, "rendered (dry run, nothing written) %dx%d in %.0f ms\n",
                         options.widthPx, options.heightPx, msSince(tDraw));
            return session.errors.empty() ? kExitOk : kExitInput;
        }
        // 96 dpi matches the 1.333 px/pt screen reference at 1920x1080; larger frames keep it.
        double pngMs = 0.0;
        if (!exportPng(exporter, spec, options.out, exportDpi(options), true, &err, &pngMs,
                       [&](int, int) { return !interrupt.requested(); })) {
            if (interrupt.requested()) return interrupted(target, "; nothing written");
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        const double drawMs = msSince(tDraw);
        trace.mark("draw, read, png");
        const scene::BuildTimings& bt = session.map.timings;
        std::fprintf(
            stderr,
            "wrote %s (%dx%d, %.0f dpi, %s theme) in %.0f ms: load %.0f (read %.0f; cpu: "
            "project %.0f, clip+"
            "triangulate %.0f, simplify %.0f; cache hits %d), draw+read+png %.0f (png %.0f)\n",
            options.out.c_str(), options.widthPx, options.heightPx, exportDpi(options),
            options.theme.c_str(), msSince(t0), loadMs, bt.readMs, bt.projectMs, bt.triangulateMs,
            bt.simplifyMs, bt.cacheHits, drawMs, pngMs);
        // The map rendered, but part of the input was bad: say so in the exit code.
        if (!session.errors.empty()) code = kExitInput;
        if (lastInProcess) exitWithoutTeardown(code);  // the file is in place: nothing left
    }
    return code;
}

}  // namespace

}  // namespace app
