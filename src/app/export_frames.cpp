#include "app/export_frames.h"

#include "app/export_video.h"
#include "app/progress.h"
#include "render/export_png.h"
#include "scene/frame_builder.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace app {

SequenceFrame sequenceFrame(double fromYear, double toYear, double fps, int count, int index) {
    SequenceFrame f;
    const double t = count > 1 ? static_cast<double>(index) / (count - 1) : 0.0;
    f.year = fromYear + (toYear - fromYear) * t;
    f.timeSec = static_cast<double>(index) / fps;
    return f;
}

int sequenceLength(double fps, double durationSec) {
    return std::max(1, static_cast<int>(std::lround(fps * durationSec)));
}

double exportPixelsPerPoint(const Options& options) {
    return scene::outputPixelsPerPoint(options.widthPx, options.heightPx, options.dpi);
}

double exportDpi(const Options& options) {
    return 72.0 * exportPixelsPerPoint(options);
}

namespace {

// MemAvailable from /proc/meminfo in bytes, or 0 when unknown.
double availableBytes() {
    std::FILE* f = std::fopen("/proc/meminfo", "r");
    if (!f) return 0;
    char line[256];
    double kb = 0;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "MemAvailable: %lf kB", &kb) == 1) break;
    }
    std::fclose(f);
    return kb * 1024.0;
}

}  // namespace

bool fitsInMemory(const render::TiledExporter& exporter, int widthPx, int heightPx,
                  std::string* error) {
    const render::TileGrid g = render::tileGrid(widthPx, heightPx, exporter.tileSizePx());
    // One band of rows, and per tile: 4x MSAA, the resolve, the base map cache, the coverage
    // buffers and the read-back copies (a software GL keeps them all in main memory).
    const double tile = 4.0 * g.tileWidthPx * g.tileHeightPx;
    const double need = 4.0 * widthPx * g.tileHeightPx + tile * 9.5;
    const double available = availableBytes();
    if (available <= 0 || need < 0.9 * available) return true;
    if (error) {
        *error = std::to_string(widthPx) + "x" + std::to_string(heightPx) +
                 " is too large for memory: it needs about " +
                 std::to_string(static_cast<long>(need / 1048576)) + " MB, " +
                 std::to_string(static_cast<long>(available / 1048576)) +
                 " MB are available (a smaller --tile needs less)";
    }
    return false;
}

bool exportPng(render::TiledExporter& exporter, const scene::FrameSpec& frame,
               const std::string& path, double dpi, bool showProgress, std::string* error,
               double* pngMs, const TileCallback& onTile) {
    using Clock = std::chrono::steady_clock;
    Clock::duration encoding{};
    if (!fitsInMemory(exporter, frame.widthPx, frame.heightPx, error)) return false;
    render::PngStreamWriter png;
    // Opened first: an unwritable folder fails before any rendering.
    // An opaque frame is written as RGB: a quarter less to compress, a tenth smaller files.
    if (!png.open(path, frame.widthPx, frame.heightPx, dpi, error, !exporter.opaque(frame)))
        return false;
    const render::TileGrid grid =
        render::tileGrid(frame.widthPx, frame.heightPx, exporter.tileSizePx());
    std::unique_ptr<Progress> progress;
    if (showProgress && grid.count() > 1) {
        progress = std::make_unique<Progress>(Progress::onStderr(
            grid.count(), "tiles of " + std::filesystem::path(path).filename().string()));
    }
    const bool ok = exporter.render(
        frame,
        [&](const uint8_t* rgba, int, int rows, std::string* err) {
            const auto t0 = Clock::now();
            const bool written = png.writeRows(rgba, rows, err);
            encoding += Clock::now() - t0;
            return written;
        },
        [&](int done, int total) {
            if (progress) progress->update(done);
            return !onTile || onTile(done, total);  // false stops before the next tile
        },
        error);
    if (progress) progress->finish();
    const auto t0 = Clock::now();
    const bool finished = ok && png.finish(error);  // png's destructor removes the unfinished file
    encoding += Clock::now() - t0;
    if (pngMs) *pngMs = std::chrono::duration<double, std::milli>(encoding).count();
    return finished;
}

int exportSequence(render::TiledExporter& exporter, const scene::FrameSpec& first,
                   const Options& options, const std::function<void(int frame)>& afterFrame,
                   const std::function<void(scene::FrameSpec&)>& prepareFrame,
                   const InterruptWatch* interrupt) {
    const auto t0 = std::chrono::steady_clock::now();
    const int count = sequenceLength(options.fps, options.durationSec);
    const bool pngFrames = !options.dryRun && (options.video.empty() || options.outGiven);
    const bool toVideo = !options.dryRun && !options.video.empty();
    const std::string target = options.dryRun ? std::string("sequence")
                               : pngFrames    ? options.out
                                              : options.video;
    std::string err;
    if (pngFrames) {
        const std::filesystem::path dir =
            std::filesystem::path(framePath(options.out, 0)).parent_path();
        std::error_code ec;
        if (!dir.empty()) std::filesystem::create_directories(dir, ec);
        if (ec) {
            std::fprintf(stderr, "error: %s: cannot make the folder: %s\n", dir.c_str(),
                         ec.message().c_str());
            return kExitRender;
        }
    }
    if (!fitsInMemory(exporter, first.widthPx, first.heightPx, &err)) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    VideoPipe video;
    if (toVideo && !video.open(options.video, first.widthPx, first.heightPx, options.fps, &err)) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    Progress progress = Progress::onStderr(count, "frames");
    const double dpi = exportDpi(options);
    auto stop = [&](int frame) {
        // The unfinished frame and video are removed by their writers' destructors; finished
        // frames are whole files and stay.
        progress.finish();
        std::fprintf(stderr, "\nerror: %s: interrupted by %s at frame %d of %d", target.c_str(),
                     interrupt->signalName().c_str(), frame, count);
        if (pngFrames && frame > 0)
            std::fprintf(stderr, " (frames 0 to %d are written)", frame - 1);
        std::fprintf(stderr, "\n");
        return interrupt->exitCode();
    };
    for (int i = 0; i < count; ++i) {
        if (interrupt && interrupt->requested()) return stop(i);
        const SequenceFrame f =
            sequenceFrame(*options.fromYear, *options.toYear, options.fps, count, i);
        scene::FrameSpec spec = first;
        spec.year = f.year;
        spec.animPhase = f.timeSec;
        if (prepareFrame) prepareFrame(spec);
        render::PngStreamWriter png;
        const std::string path = framePath(options.out, i);
        if (pngFrames &&
            !png.open(path, spec.widthPx, spec.heightPx, dpi, &err, !exporter.opaque(spec))) {
            progress.finish();
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        const bool ok = exporter.render(
            spec,
            [&](const uint8_t* rgba, int, int rows, std::string* e) {
                if (pngFrames && !png.writeRows(rgba, rows, e)) return false;
                const size_t bytes = static_cast<size_t>(spec.widthPx) * 4 * rows;
                return !toVideo || video.write(rgba, bytes, e);
            },
            [&](int, int) { return !interrupt || !interrupt->requested(); }, &err);
        // (ffmpeg gets the terminal's Ctrl-C too: a write failing because of it is the signal.)
        if (interrupt && interrupt->requested()) return stop(i);
        if (!ok || (pngFrames && !png.finish(&err))) {
            progress.finish();
            std::fprintf(stderr, "error: frame %d: %s\n", i, err.c_str());
            return kExitRender;
        }
        if (afterFrame) afterFrame(i);
        progress.update(i + 1);
    }
    progress.finish();
    if (toVideo && !video.finish(&err)) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (options.dryRun) {
        std::fprintf(stderr,
                     "rendered %d frames (%dx%d), dry run: nothing written, in %.0f ms (%.1f ms "
                     "per frame)\n",
                     count, first.widthPx, first.heightPx, ms, ms / count);
        return kExitOk;
    }
    std::fprintf(stderr, "wrote %d frames (%dx%d) %s%s%s in %.0f ms (%.1f ms per frame)\n", count,
                 first.widthPx, first.heightPx, pngFrames ? options.out.c_str() : "",
                 pngFrames && !options.video.empty() ? " and " : "", options.video.c_str(), ms,
                 ms / count);
    return kExitOk;
}

}  // namespace app
