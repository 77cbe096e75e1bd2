// Command-line parsing into plain options (pure, tested without a display).
#pragma once

#include "geo/projection.h"
#include "geo/types.h"

#include <optional>
#include <string>
#include <vector>

namespace app {

enum class Command { Window, Render, Check, Bench, Help, Version };

// Process exit codes, one per failure class.
// Stopped by a signal: 128 + its number, what a shell reports for a process the signal killed.
enum ExitCode {
    kExitOk = 0,
    kExitUsage = 1,
    kExitInput = 2,
    kExitRender = 3,
    kExitInterrupted = 130,  // SIGINT (Ctrl-C)
    kExitTerminated = 143,   // SIGTERM
};

// The smallest --tile: below it a frame becomes thousands of draws for no gain (every tile
// redraws the whole map's geometry).
constexpr int kMinTilePx = 256;

struct Options {
    Command command = Command::Window;
    int widthPx = 1920;
    int heightPx = 1080;
    std::string out = "map.png";
    std::string theme = "dark";
    geo::ProjectionKind projection = geo::ProjectionKind::Lcc;
    std::optional<geo::LonLatBox> view;
    std::string neDir;     // --ne-dir
    std::string manifest;  // --manifest
    std::string dataDir;   // --data (check)
    std::vector<std::string> addFiles;
    // The timeline year shown (render; the window starts there). The default is the end of
    // 2025, so the projects of 2025 have fully grown in.
    double year = 2025.99;
    double timeSec = 0.0;  // animation time of the frame (render), for particles and dashes
    std::vector<size_t> benchArcs;  // bench: synthetic arc counts (empty = the real data)
    int benchFrames = 20;           // bench: measured frames per set
    bool benchSizeGiven = false;    // bench: --size given (else 1920x1080 and 3840x2160)
    std::string benchJson;          // bench: --json FILE
    bool benchQuick = false;        // bench: --quick (few repeats, small sets; for CI)
    bool benchFramesOnly = false;   // bench: --frames-only (no load, first-frame or export runs)
    bool benchNoAggregate = false;  // bench: --no-aggregate (draw every synthetic flow)
    bool noCache = false;           // --no-cache: build the map without the geometry cache
    std::string cacheDir;           // --cache-dir (else $CORRIDOR_CACHE_DIR, XDG, ~/.cache)
    bool play = false;              // window: start playing the timeline
    int frames = 0;  // window: quit after this many frames and report timings (0 = run)
    // render: publication export.
    bool outGiven = false;     // --out was given (sequences write PNG frames only then)
    double dpi = 0.0;          // --dpi: pixels per point = dpi / 72 (0 = by size, 96 at 1080p)
    bool transparent = false;  // --transparent: no sea, no vignette
    bool noFurniture = false;  // --no-furniture: no legend or other overlays
    std::string textSize;      // --text default|projector; empty: the story's, else default
    bool inset = false;        // --inset: the locator map (render)
    int tileSizePx = 0;        // --tile: largest tile edge (0 = render's default, 2048)
    // render: a frame sequence from --from to --to over --duration seconds at --fps.
    std::optional<double> fromYear, toYear;
    double fps = 30.0;
    double durationSec = 0.0;
    std::string video;     // --video: pipe the frames to ffmpeg into this file
    double holdSec = 4.0;  // --hold: a story video's rest on each step, in seconds
    bool holdGiven = false;
    // render: soak testing.
    bool dryRun = false;  // --dry-run: render every frame, write nothing (no PNG, no video)
    int soakReload = 0;   // --soak-reload N: reload + re-upload the data every N frames (0 = off)
    // Stories (window and render): a story file, the step to show (1-based), presentation mode.
    std::string scene;  // --scene FILE
    int step = 0;       // --step N (0 = none: the window opens on the home view)
    bool present = false;
    bool presenterView = false;  // --presenter-view: window: notes, next step and clock (P)
    bool allSteps = false;       // --all-steps: render every step of --scene, --out step_%02d.png
    bool arrowsStepStory = false;  // --arrows story: Left / Right step the story (else the year)
    // Map labels (render and window).
    std::string labelLanguage = "en";  // --lang en|ru|zh|local
    float labelDensity = 1.f;          // --label-density 0.25..4 (1 = default)
    bool noLabels = false;             // --no-labels
    // render: the file format, "png", "pdf" or "svg" (--format; "" = by --out's extension), and
    // a paper size instead of --size (--page A4|A3 [--landscape], at --dpi, default 300).
    std::string format;
    std::string page;
    bool landscape = false;
    bool sequence() const { return fromYear.has_value(); }
};

struct ParseResult {
    std::optional<Options> options;
    std::string error;  // usage problem, when options is empty
};

ParseResult parseCommandLine(const std::vector<std::string>& args);

// What `render` writes: --format, else the extension of --out (.pdf, .svg, any case), else "png".
std::string outputFormat(const Options& options);

std::string usageText();

// True when `pattern` holds one frame number placeholder: %d or %0Nd (N up to 99).
bool hasFramePattern(const std::string& pattern);

// `pattern` with its placeholder replaced by `index` (zero-padded to N digits for %0Nd);
// `pattern` itself when it has none.
std::string framePath(const std::string& pattern, int index);

}  // namespace app
