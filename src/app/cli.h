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
enum ExitCode { kExitOk = 0, kExitUsage = 1, kExitInput = 2, kExitRender = 3 };

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
    double year = 2025.0;  // the timeline year shown (render; the window starts there)
    double timeSec = 0.0;  // animation time of the frame (render), for particles and dashes
    std::vector<size_t> benchArcs;  // bench: synthetic arc counts (empty = the real data)
    int benchFrames = 20;           // bench: measured frames per set
    bool play = false;              // window: start playing the timeline
    int frames = 0;  // window: quit after this many frames and report timings (0 = run)
};

struct ParseResult {
    std::optional<Options> options;
    std::string error;  // usage problem, when options is empty
};

ParseResult parseCommandLine(const std::vector<std::string>& args);

std::string usageText();

}  // namespace app
