// Export of rendered frames to files: one PNG of any size (tiled, streamed row by row) and frame
// sequences (PNG frames and/or a video through ffmpeg). Each frame is a pure function of its
// FrameSpec, so a sequence frame renders to the same bytes every time.
#pragma once

#include "app/cli.h"
#include "app/interrupt.h"
#include "render/export_tiles.h"
#include "scene/frame_spec.h"

#include <functional>
#include <string>

namespace app {

// The year and animation time of frame `index` of `count`: year from + (to - from) * i/(n-1),
// time i/fps. Pure.
struct SequenceFrame {
    double year = 0.0;
    double timeSec = 0.0;
};
SequenceFrame sequenceFrame(double fromYear, double toYear, double fps, int count, int index);

// Frames in a sequence of this length: fps * duration, rounded, at least 1.
int sequenceLength(double fps, double durationSec);

// Pixels per point and the DPI to record for an output: --dpi when given (dpi / 72), otherwise
// the 1920x1080-relative density (96 dpi at 1920x1080).
double exportPixelsPerPoint(const Options& options);
double exportDpi(const Options& options);

// False with *error ("too large for memory") when exporting a frame of this size would need
// more memory than the system has available.
bool fitsInMemory(const render::TiledExporter& exporter, int widthPx, int heightPx,
                  std::string* error);

// Renders `frame` tile by tile into the PNG `path`, with `dpi` in its pHYs chunk. A progress
// bar on stderr when the frame takes more than one tile and `showProgress`; `onTile` (when set)
// is called after each tile with (tiles done, tiles) and returns false to cancel (the export
// stops before the next tile, *error "cancelled"). False with *error on failure or
// cancelling; then no file is left at `path`.
using TileCallback = std::function<bool(int done, int total)>;
bool exportPng(render::TiledExporter& exporter, const scene::FrameSpec& frame,
               const std::string& path, double dpi, bool showProgress, std::string* error,
               double* pngMs = nullptr,  // time spent encoding and writing the PNG
               const TileCallback& onTile = {});

// Renders the sequence of options (--from/--to/--fps/--duration) from the `first` frame's spec
// (size, camera, theme) into PNG frames (--out pattern) and/or a video (--video). Returns an
// exit code and prints errors. With --dry-run every frame is drawn and read back the same way
// but nothing is written (no folder, PNG or video). `afterFrame` (when set) is called with each
// frame's index once it is drawn; `prepareFrame` (when set) may add to each frame's spec once its
// year and time are set (e.g. the event callouts of that moment), keeping it a pure function of
// the frame's index. With `interrupt`, a SIGINT or SIGTERM stops it before the next tile: the
// unfinished frame (and video) are removed, the finished frames stay, and the signal's exit
// code (130, 143) is returned.
int exportSequence(render::TiledExporter& exporter, const scene::FrameSpec& first,
                   const Options& options, const std::function<void(int frame)>& afterFrame = {},
                   const std::function<void(scene::FrameSpec&)>& prepareFrame = {},
                   const InterruptWatch* interrupt = nullptr);

}  // namespace app
