// `corridor`: the interactive map window with the side panel.
#pragma once

#include "app/cli.h"

#include <string>

namespace app {

int runWindow(const Options& options, const std::string& argv0);

}  // namespace app
