// Running this corridor binary again as a child process, for the bench figures that need a fresh
// process: time to the first frame (cold and warm cache) and whole-process exports.
#pragma once

#include <string>
#include <vector>

namespace app {

struct ChildRun {
    int exitCode = -1;
    double wallMs = 0.0;    // from before the fork to the child's exit
    double maxRssMb = 0.0;  // the child's peak resident memory
    std::string output;     // stdout and stderr
};

// Runs /proc/self/exe with argv[0] = argv0 (so it finds the project root the same way) and
// `args`. SDL_VIDEODRIVER=offscreen unless the environment sets a driver.
ChildRun runSelf(const std::string& argv0, const std::vector<std::string>& args);

// The number after `marker` in `text`, NaN when absent.
double numberAfter(const std::string& text, const std::string& marker);

// A fresh, empty folder under the temp folder ("" on failure); removeTree deletes it.
std::string makeTempDir(const std::string& prefix);
void removeTree(const std::string& dir);

}  // namespace app
