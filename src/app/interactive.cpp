#include "app/interactive.h"

#include "app/window_app.h"

namespace app {

int runWindow(const Options& options, const std::string& argv0,
              std::chrono::steady_clock::time_point processStart) {
    WindowApp app(options, argv0, processStart);
    return app.run();
}

}  // namespace app
