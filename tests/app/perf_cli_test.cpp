// `corridor bench --quick --json` reports every figure, finite (no thresholds: speed is measured
// by the bench, never by tests), and `render` uses the geometry cache it is pointed at.
#include "run_corridor.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using testing_cli::naturalEarthDir;
using testing_cli::RunResult;

RunResult runCorridor(const std::string& args, const std::string& prefix = "") {
    return testing_cli::runCorridor(args, "corridor_perf_", prefix);
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Every value of "key": in the JSON text, as numbers (NaN for null or anything not a number).
std::vector<double> valuesOf(const std::string& json, const std::string& key) {
    std::vector<double> out;
    const std::string needle = "\"" + key + "\": ";
    for (size_t at = json.find(needle); at != std::string::npos;
         at = json.find(needle, at + needle.size())) {
        const char* start = json.c_str() + at + needle.size();
        char* end = nullptr;
        const double v = std::strtod(start, &end);
        out.push_back(end == start ? NAN : v);
    }
    return out;
}

fs::path freshDir(const std::string& name) {
    const fs::path dir = fs::path(::testing::TempDir()) /
                         ("corridor_perf_" + name + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

TEST(Bench, QuickReportsEveryFigureFinite) {
    const fs::path dir = freshDir("bench");
    const fs::path json = dir / "bench.json";
    const RunResult r = runCorridor("bench --quick --ne-dir \"" + naturalEarthDir() +
                                    "\" --json \"" + json.string() + "\"");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const std::string text = readFile(json);
    ASSERT_FALSE(text.empty()) << r.output;
    EXPECT_EQ(text.find("null"), std::string::npos) << text;
    EXPECT_NE(text.find("\"gl_renderer\": \""), std::string::npos);
    // Key: how many values at least (cold + warm; two sizes x (default + one synthetic set);
    // the 4K and 8K exports).
    const std::pair<const char*, size_t> keys[] = {
        {"load_ms", 2},        {"read_ms", 2},        {"project_ms", 2},
        {"triangulate_ms", 2}, {"upload_ms", 2},      {"cold", 1},
        {"warm", 1},           {"frame_ms", 4},       {"cpu_ms", 4},
        {"empty_frame_ms", 2}, {"base_redraw_ms", 2}, {"process_ms", 2},
        {"png_ms", 2},         {"peak_rss_mb", 3},    {"bench_peak_rss_mb", 1},
        {"still_frame_ms", 2}, {"pan_frame_ms", 2},   {"zoom_frame_ms", 2},
        {"rest_redraw_ms", 2}, {"margin_ms", 2},      {"margin_strip_max_ms", 2}};
    for (const auto& [key, count] : keys) {
        const std::vector<double> v = valuesOf(text, key);
        if (std::string(key) == "cold" || std::string(key) == "warm") {
            // "first_frame_ms": {"cold": N, "warm": N} (the load's are objects).
            const auto ff = text.find("\"first_frame_ms\"");
            ASSERT_NE(ff, std::string::npos);
            const std::vector<double> f = valuesOf(text.substr(ff), key);
            ASSERT_FALSE(f.empty()) << key;
            EXPECT_TRUE(std::isfinite(f[0])) << key;
            continue;
        }
        EXPECT_GE(v.size(), count) << key << "\n" << text;
        for (double x : v) EXPECT_TRUE(std::isfinite(x) && x >= 0.0) << key << "\n" << text;
    }
    EXPECT_NE(text.find("\"width\": 3840, \"height\": 2160"), std::string::npos);
    EXPECT_NE(text.find("\"width\": 7680, \"height\": 4320"), std::string::npos);
    fs::remove_all(dir);
}

TEST(Cache, RenderFillsTheCacheThenReadsIt) {
    const fs::path dir = freshDir("cache");
    const std::string common = "render --size 320x180 --ne-dir \"" + naturalEarthDir() +
                               "\" --out \"" + (dir / "map.png").string() + "\"";
    const std::string env = "CORRIDOR_CACHE_DIR=\"" + (dir / "cache").string() + "\" ";
    RunResult r = runCorridor(common, env);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("cache hits 0)"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::is_empty(dir / "cache"));
    const std::string cold = readFile(dir / "map.png");
    r = runCorridor(common, env);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_EQ(r.output.find("cache hits 0)"), std::string::npos) << r.output;
    EXPECT_EQ(readFile(dir / "map.png"), cold);  // the cache changes nothing on the map
    // --no-cache neither reads nor writes it.
    fs::remove_all(dir / "cache");
    r = runCorridor(common + " --no-cache", env);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_FALSE(fs::exists(dir / "cache"));
    EXPECT_EQ(readFile(dir / "map.png"), cold);
    fs::remove_all(dir);
}

}  // namespace
