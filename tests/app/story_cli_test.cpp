// `corridor render --scene FILE --step N` and the story options on the command line.
#include "app/cli.h"
#include "app/presenter_view.h"
#include "run_corridor.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>

namespace {

using testing_cli::naturalEarthDir;
using testing_cli::RunResult;

RunResult run(const std::string& args) {
    return testing_cli::runCorridor(args, "corridor_story_");
}

std::string story() {
    return std::string(CORRIDOR_SOURCE_DIR) + "/assets/scenes/middle-corridor.toml";
}

std::string tempFile(const std::string& name) {
    return (std::filesystem::path(::testing::TempDir()) /
            ("story_cli_" + std::to_string(::getpid()) + "_" + name))
        .string();
}

TEST(StoryOptions, Parse) {
    const auto r = app::parseCommandLine({"--scene", "s.toml", "--step", "3", "--present"});
    ASSERT_TRUE(r.options) << r.error;
    EXPECT_EQ(r.options->scene, "s.toml");
    EXPECT_EQ(r.options->step, 3);
    EXPECT_TRUE(r.options->present);
    EXPECT_FALSE(app::parseCommandLine({"--step", "2"}).options);
    EXPECT_EQ(app::parseCommandLine({"--step", "2"}).error, "--step needs --scene FILE");
    EXPECT_FALSE(app::parseCommandLine({"--scene", "s.toml", "--step", "0"}).options);
    EXPECT_FALSE(app::parseCommandLine({"--scene", "s.toml", "--step", "x"}).options);
}

TEST(StoryRender, RendersTheLastStepOfTheDefaultStory) {
    const std::string out = tempFile("step6.png");
    const RunResult r = run("render --size 480x270 --ne-dir \"" + naturalEarthDir() +
                            "\" --scene \"" + story() + "\" --step 6 --out \"" + out + "\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_TRUE(std::filesystem::exists(out));
    EXPECT_EQ(r.output.find("warning"), std::string::npos) << r.output;
    std::filesystem::remove(out);
}

TEST(StoryRender, AStepPastTheEndSaysHowManyThereAre) {
    const RunResult r = run("render --size 64x64 --ne-dir \"" + naturalEarthDir() +
                            "\" --scene \"" + story() + "\" --step 9 --out /tmp/never.png");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.output.find("--step 9, but the story has 6 steps"), std::string::npos) << r.output;
}

TEST(StoryRender, ABrokenStoryNamesFileAndLine) {
    const std::string bad = tempFile("bad.toml");
    {
        std::ofstream f(bad);
        f << "title = \"x\"\n[[steps]]\nyear = \"soon\"\n";
    }
    const RunResult r = run("render --size 64x64 --ne-dir \"" + naturalEarthDir() +
                            "\" --scene \"" + bad + "\" --out /tmp/never.png");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.output.find(bad + ": steps[1].year: must be a finite number"), std::string::npos)
        << r.output;
    std::filesystem::remove(bad);
}

TEST(StoryRender, UnknownIdsAreWarningsAndTheFrameStillRenders) {
    const std::string file = tempFile("ids.toml");
    const std::string out = tempFile("ids.png");
    {
        std::ofstream f(file);
        f << "title = \"x\"\n[[steps]]\ntitle = \"s\"\nyear = 2015\n"
             "highlight_flows = [\"no_such_flow\"]\n[steps.layers]\nhide = [\"no_layer\"]\n";
    }
    const RunResult r = run("render --size 240x135 --ne-dir \"" + naturalEarthDir() +
                            "\" --scene \"" + file + "\" --out \"" + out + "\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("no investment 'no_such_flow'"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("no map layer 'no_layer'"), std::string::npos) << r.output;
    EXPECT_TRUE(std::filesystem::exists(out));
    std::filesystem::remove(file);
    std::filesystem::remove(out);
}

}  // namespace

TEST(StoryOptions, AllStepsAndPresenterView) {
    auto parse = [](std::vector<std::string> args) { return app::parseCommandLine(args); };
    auto ok = parse({"render", "--scene", "s.toml", "--all-steps", "--out", "d/step_%02d.png"});
    ASSERT_TRUE(ok.options) << ok.error;
    EXPECT_TRUE(ok.options->allSteps);
    EXPECT_EQ(parse({"render", "--all-steps", "--out", "step_%02d.png"}).error,
              "--all-steps needs --scene FILE");
    // Every step gets its own file: the name needs the step number.
    EXPECT_NE(parse({"render", "--scene", "s.toml", "--all-steps", "--out", "step.png"})
                  .error.find("--all-steps needs --out with a step number"),
              std::string::npos);
    EXPECT_FALSE(parse({"render", "--scene", "s.toml", "--all-steps", "--step", "2", "--out",
                        "step_%02d.png"})
                     .options);
    auto presenter = parse({"--scene", "s.toml", "--presenter-view"});
    ASSERT_TRUE(presenter.options) << presenter.error;
    EXPECT_TRUE(presenter.options->presenterView);
}

TEST(StoryRender, AllStepsWritesOnePngPerStepNumberedFromOne) {
    const std::string dir = tempFile("steps");
    std::filesystem::remove_all(dir);
    const std::string file = tempFile("two.toml");
    {
        std::ofstream f(file);
        f << "title = \"Two\"\n[[steps]]\ntitle = \"A\"\nyear = 2014\n"
             "[steps.camera]\nbox = [46.0, 36.0, 90.0, 55.5]\n"
             "[[steps]]\ntitle = \"B\"\ncaption_ru = \"Б\"\nyear = 2020\n"
             "[steps.camera]\ncenter = [51.0, 42.0]\nzoom = 5\n";
    }
    const RunResult r =
        run("render --size 240x135 --ne-dir \"" + naturalEarthDir() + "\" --scene \"" + file +
            "\" --all-steps --lang ru --out \"" + dir + "/step_%02d.png\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_TRUE(std::filesystem::exists(dir + "/step_01.png")) << r.output;
    EXPECT_TRUE(std::filesystem::exists(dir + "/step_02.png")) << r.output;
    EXPECT_FALSE(std::filesystem::exists(dir + "/step_00.png"));
    EXPECT_FALSE(std::filesystem::exists(dir + "/step_03.png"));
    EXPECT_NE(r.output.find("wrote 2 steps"), std::string::npos) << r.output;
    std::filesystem::remove_all(dir);
    std::filesystem::remove(file);
}

TEST(PresenterView, ElapsedTimeReadsAsAClock) {
    EXPECT_EQ(app::formatElapsed(0.0), "0:00");
    EXPECT_EQ(app::formatElapsed(65.4), "1:05");
    EXPECT_EQ(app::formatElapsed(3725.0), "1:02:05");
    EXPECT_EQ(app::formatElapsed(-3.0), "0:00");  // a clock that went back
}
