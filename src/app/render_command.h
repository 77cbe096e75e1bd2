// `corridor render`: the same frame as the window, drawn headless into a PNG.
#pragma once

#include "app/cli.h"

#include <string>

namespace app {

int runRender(const Options& options, const std::string& argv0);

}  // namespace app
