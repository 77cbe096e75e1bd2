// Running the built `corridor` binary from a test: its exit code and everything it printed, and
// where the tests find the Natural Earth layers.
#pragma once

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace testing_cli {

struct RunResult {
    int exitCode = -1;
    std::string output;  // stdout and stderr
};

// Runs `prefix "corridor" args`; the output goes through a log named after the current test,
// since ctest runs the tests of one file in parallel processes.
inline RunResult runCorridor(const std::string& args, const std::string& logPrefix,
                             const std::string& prefix = "") {
    const std::filesystem::path log =
        std::filesystem::path(::testing::TempDir()) /
        (logPrefix + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".log");
    // Every test gets its own geometry cache (never the user's; tests run in parallel), unless
    // it sets one itself.
    const std::string cache =
        prefix.find("CORRIDOR_CACHE_DIR=") != std::string::npos
            ? std::string()
            : "CORRIDOR_CACHE_DIR=\"" +
                  (std::filesystem::path(::testing::TempDir()) /
                   (logPrefix + ::testing::UnitTest::GetInstance()->current_test_info()->name() +
                    ".cache"))
                      .string() +
                  "\" ";
    const std::string cmd =
        cache + prefix + "\"" + CORRIDOR_BINARY + "\" " + args + " > \"" + log.string() + "\" 2>&1";
    RunResult r;
    const int status = std::system(cmd.c_str());
    // Killed by a signal: 128 + its number, as a shell reports it.
    r.exitCode = WIFEXITED(status)     ? WEXITSTATUS(status)
                 : WIFSIGNALED(status) ? 128 + WTERMSIG(status)
                                       : -1;
    std::ifstream in(log);
    std::stringstream ss;
    ss << in.rdbuf();
    r.output = ss.str();
    return r;
}

inline std::string naturalEarthDir() {
    if (const char* env = std::getenv("NATURAL_EARTH_DIR"); env && *env) return env;
    return std::string(CORRIDOR_SOURCE_DIR) + "/maps/naturalearth";
}

}  // namespace testing_cli
