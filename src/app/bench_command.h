// `corridor bench`: frame times of the real map with synthetic investment arcs, headless.
#pragma once

#include "app/cli.h"

#include <string>

namespace app {

int runBench(const Options& options, const std::string& argv0);

}  // namespace app
