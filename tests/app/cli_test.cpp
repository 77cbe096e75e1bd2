// The command line: option parsing (pure), and the real binary rendering the real Natural Earth
// map headless, checked at known places; bad input gives clear errors and the right exit codes.
#include "app/cli.h"
#include "app/map_session.h"
#include "render/image.h"

#include "run_corridor.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

app::Options parse(std::vector<std::string> args) {
    const app::ParseResult r = app::parseCommandLine(args);
    EXPECT_TRUE(r.options) << r.error;
    return r.options.value_or(app::Options{});
}

std::string parseError(std::vector<std::string> args) {
    const app::ParseResult r = app::parseCommandLine(args);
    EXPECT_FALSE(r.options);
    return r.error;
}

TEST(CliParse, RenderWithEveryOption) {
    const app::Options o = parse({"render", "--size", "3840x2160", "--out", "x.png", "--theme",
                                  "print", "--view", "40,30,90,55.5", "--projection", "albers",
                                  "--ne-dir", "/ne", "--add", "a.shp", "--add", "b.shp"});
    EXPECT_EQ(o.command, app::Command::Render);
    EXPECT_EQ(o.widthPx, 3840);
    EXPECT_EQ(o.heightPx, 2160);
    EXPECT_EQ(o.out, "x.png");
    EXPECT_EQ(o.theme, "print");
    ASSERT_TRUE(o.view);
    EXPECT_DOUBLE_EQ(o.view->latMax, 55.5);
    EXPECT_EQ(o.projection, geo::ProjectionKind::Albers);
    EXPECT_EQ(o.neDir, "/ne");
    EXPECT_EQ(o.addFiles, (std::vector<std::string>{"a.shp", "b.shp"}));
}

TEST(CliParse, ArrowsStepTheStoryOrTheYear) {
    EXPECT_FALSE(parse({}).arrowsStepStory);
    EXPECT_TRUE(parse({"--arrows", "story"}).arrowsStepStory);
    EXPECT_FALSE(parse({"--arrows", "year"}).arrowsStepStory);
    EXPECT_NE(parseError({"--arrows", "steps"}).find("--arrows wants story"), std::string::npos);
    EXPECT_NE(parseError({"--arrows"}).find("--arrows wants story"), std::string::npos);
}

TEST(CliParse, DefaultsAndCommands) {
    EXPECT_EQ(parse({}).command, app::Command::Window);
    EXPECT_EQ(parse({"--help"}).command, app::Command::Help);
    EXPECT_EQ(parse({"--version"}).command, app::Command::Version);
    EXPECT_EQ(parse({"check", "--data", "d"}).dataDir, "d");
    EXPECT_EQ(parse({"render"}).widthPx, 1920);
    EXPECT_EQ(parse({"--frames", "12"}).frames, 12);
    EXPECT_DOUBLE_EQ(parse({"render", "--year", "2017.5", "--time", "3.25"}).year, 2017.5);
    EXPECT_DOUBLE_EQ(parse({"render", "--year", "2017.5", "--time", "3.25"}).timeSec, 3.25);
    EXPECT_DOUBLE_EQ(parse({"render"}).year, 2025.99);  // the end of 2025
}

TEST(CliParse, UsageErrorsSayWhatIsExpected) {
    EXPECT_NE(parseError({"render", "--size", "big"}).find("WIDTHxHEIGHT"), std::string::npos);
    EXPECT_NE(parseError({"render", "--size", "10x10"}).find("--size"), std::string::npos);
    EXPECT_NE(parseError({"--theme", "pink"}).find("dark, light or print"), std::string::npos);
    EXPECT_NE(parseError({"--projection", "robinson"}).find("lcc"), std::string::npos);
    EXPECT_NE(parseError({"--view", "1,2,3"}).find("LONMIN"), std::string::npos);
    EXPECT_NE(parseError({"--view", "50,40,45,50"}).find("LONMIN"), std::string::npos);
    EXPECT_NE(parseError({"--frobnicate"}).find("--frobnicate"), std::string::npos);
    EXPECT_NE(parseError({"render", "--out"}).find("--out"), std::string::npos);
    EXPECT_NE(parseError({"--frames", "0"}).find("--frames"), std::string::npos);
    EXPECT_NE(parseError({"--year", "1900"}).find("between 1990 and 2035"), std::string::npos);
    EXPECT_NE(parseError({"--time", "-1"}).find("--time"), std::string::npos);
}

// ---- the real binary on the real data --------------------------------------------------------

using testing_cli::naturalEarthDir;
using testing_cli::RunResult;

RunResult runCorridor(const std::string& args, const std::string& prefix = "") {
    return testing_cli::runCorridor(args, "corridor_cli_", prefix);
}

class CliRender : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(fs::exists(naturalEarthDir() + "/ne_10m_admin_0_countries.shp"))
            << "Natural Earth data not found in " << naturalEarthDir()
            << ": set NATURAL_EARTH_DIR or run scripts/setup.sh";
    }
};

// Pixel of a lon/lat in the default render, from the same camera math the app uses.
glm::ivec2 pixelOf(const scene::MapData& map, double lon, double lat, int w, int h) {
    std::string err;
    auto proj = geo::Projection::create(map.projection, &err);
    const scene::Camera cam = app::cameraForView(map, map.home, {w, h});
    const glm::dvec2 px = cam.pxOf(proj->forward({lon, lat}), {w, h});
    return {static_cast<int>(px.x), static_cast<int>(px.y)};
}

TEST_F(CliRender, RealMapHasWaterInTheCaspianAndLandInKazakhstan) {
    const std::string out = ::testing::TempDir() + "/cli_map.png";
    fs::remove(out);
    const RunResult r = runCorridor("render --size 960x540 --ne-dir \"" + naturalEarthDir() +
                                    "\" --out \"" + out + "\"");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    render::Image img;
    std::string err;
    ASSERT_TRUE(render::readPng(out, &img, &err)) << err;
    ASSERT_EQ(img.width, 960);
    ASSERT_EQ(img.height, 540);

    // Build the same map in-process (layers only matter for the home view and projection).
    app::Options o;
    o.neDir = naturalEarthDir();
    o.manifest = std::string(CORRIDOR_SOURCE_DIR) + "/maps/layers.toml";
    const app::MapSession s = app::loadMapSession(o, CORRIDOR_BINARY);
    ASSERT_FALSE(s.fatal);

    const glm::ivec2 caspian = pixelOf(s.map, 50.5, 42.0, 960, 540);  // middle of the Caspian Sea
    const glm::ivec2 kazakhstan = pixelOf(s.map, 67.0, 48.5, 960, 540);  // middle of Kazakhstan
    const glm::ivec2 aral = pixelOf(s.map, 60.0, 45.0, 960, 540);  // not checked: it has shrunk
    (void)aral;
    const uint8_t* sea = img.pixel(caspian.x, caspian.y);
    const uint8_t* land = img.pixel(kazakhstan.x, kazakhstan.y);
    EXPECT_GT(sea[2], sea[0] + 20) << "Caspian pixel is not water-blue";
    EXPECT_GT(land[0], land[2] + 20) << "Kazakhstan pixel is not the warm land colour";
    EXPECT_EQ(sea[3], 255);
}

TEST_F(CliRender, MalformedAddedShapefileGivesOneLineErrorAndTheMapStillRenders) {
    // A polygon shapefile whose .shp is cut off in the middle of its second record.
    const fs::path dir = fs::path(::testing::TempDir()) / "broken_shp";
    fs::create_directories(dir);
    const std::string src = naturalEarthDir() + "/ne_10m_lakes";
    for (const char* ext : {".shx", ".dbf", ".prj", ".cpg"}) {
        fs::copy_file(src + ext, dir / (std::string("broken") + ext),
                      fs::copy_options::overwrite_existing);
    }
    {
        std::ifstream in(src + ".shp", std::ios::binary);
        std::vector<char> bytes(4000);
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        std::ofstream outShp(dir / "broken.shp", std::ios::binary);
        outShp.write(bytes.data(), in.gcount());
    }
    const std::string out = ::testing::TempDir() + "/cli_broken.png";
    fs::remove(out);
    const RunResult r =
        runCorridor("render --size 480x270 --ne-dir \"" + naturalEarthDir() + "\" --add \"" +
                    (dir / "broken.shp").string() + "\" --out \"" + out + "\"");
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("error: broken.shp: record "), std::string::npos) << r.output;
    EXPECT_TRUE(fs::exists(out)) << "the rest of the map must still render";
}

TEST_F(CliRender, MissingNaturalEarthSaysWhatToRun) {
    const RunResult r =
        runCorridor("render --size 64x64 --ne-dir /nonexistent/ne --out /tmp/never.png");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.output.find("scripts/setup.sh"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("/nonexistent/ne"), std::string::npos) << r.output;
}

TEST_F(CliRender, WindowOpensUnderXvfbDrawsAndQuits) {
    // The interactive path end to end on a real X server: SDL window, GL context, ImGui panel,
    // map frames; --frames makes it quit by itself and report its timings.
    ASSERT_EQ(std::system("command -v xvfb-run > /dev/null 2>&1"), 0)
        << "xvfb-run not found (scripts/setup.sh installs xvfb)";
    const RunResult r =
        runCorridor("--frames 5 --ne-dir \"" + naturalEarthDir() + "\"",
                    "env -u SDL_VIDEODRIVER xvfb-run -a -s '-screen 0 1280x720x24' ");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("first frame presented"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("5 frames"), std::string::npos) << r.output;
}

TEST(Cli, UsageErrorExitsWithOne) {
    const RunResult r = runCorridor("render --size nope");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.output.find("error: --size"), std::string::npos) << r.output;
}

TEST(Cli, HelpAndVersion) {
    RunResult r = runCorridor("--help");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.output.find("corridor render"), std::string::npos);
    r = runCorridor("--version");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.output.find("corridor "), std::string::npos);
}

}  // namespace
