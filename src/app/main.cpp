// corridor: the entry point. Parses the command line and hands over to the window, the headless
// renderer or the data check.
#include "app/bench_command.h"
#include "app/cli.h"
#include "app/interactive.h"
#include "app/paths.h"
#include "app/process_exit.h"
#include "app/render_command.h"
#include "data/check.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

int run(int argc, char** argv) {
    const auto processStart = std::chrono::steady_clock::now();
    std::vector<std::string> args(argv + 1, argv + argc);
    const app::ParseResult parsed = app::parseCommandLine(args);
    if (!parsed.options) {
        std::fprintf(stderr, "error: %s\n(corridor --help lists the options)\n",
                     parsed.error.c_str());
        return app::kExitUsage;
    }
    const app::Options& o = *parsed.options;
    switch (o.command) {
        case app::Command::Help:
            std::fputs(app::usageText().c_str(), stdout);
            return app::kExitOk;
        case app::Command::Version:
            std::printf("corridor %s\n", CORRIDOR_VERSION);
            return app::kExitOk;
        case app::Command::Bench:
            return app::runBench(o, argv[0]);
        case app::Command::Render:
            return app::runRender(o, argv[0]);
        case app::Command::Check: {
            std::string dir = o.dataDir;
            if (dir.empty()) {
                const std::string root = app::findProjectRoot(argv[0]);
                dir = (root.empty() ? std::string(".") : root) + "/assets/data";
            }
            return data::runCheck(dir, std::cout);
        }
        case app::Command::Window:
            return app::runWindow(o, argv[0], processStart);
    }
    return app::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
    const int code = run(argc, argv);
    app::reportPeakRssIfAsked();
    return code;
}
