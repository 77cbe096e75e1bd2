// `corridor`: the interactive map window with the side panel.
#pragma once

#include "app/cli.h"

#include <chrono>
#include <string>

namespace app {

// `processStart` is when main() began, for the time-to-first-frame report of --frames.
int runWindow(const Options& options, const std::string& argv0,
              std::chrono::steady_clock::time_point processStart);

}  // namespace app
