// A whole story as one video: the pure timing (the window's flight and year speed, a hold), the
// command line, and the real binary piping frames to a fake ffmpeg that stores them: the frame
// count, and a frame in mid-flight that is neither step's rest frame.
#include "app/story_video.h"
#include "app/cli.h"
#include "app/window_app.h"

#include "run_corridor.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using app::StoryMoment;
using testing_cli::naturalEarthDir;
using testing_cli::runCorridor;
using testing_cli::RunResult;

TEST(StoryVideo, StepTimingFollowsTheWindowsFlightAndYearSpeed) {
    const app::StoryStepTiming first = app::storyStepTiming(0, std::nullopt, 2014.0, 4.0);
    EXPECT_EQ(first.flightSec, 0.0);  // nothing to fly from
    EXPECT_EQ(first.runSec, 0.0);     // no from_year
    EXPECT_EQ(first.holdSec, 4.0);
    const app::StoryStepTiming second = app::storyStepTiming(1, 2015.0, 2020.0, 0.5);
    EXPECT_DOUBLE_EQ(second.flightSec, app::kFlightSec);
    EXPECT_DOUBLE_EQ(second.runSec, 5.0 / app::kStepYearsPerSec);
    EXPECT_EQ(app::storyStepFrames(first, 4.0), 16);
    EXPECT_EQ(app::storyStepFrames(second, 4.0),
              static_cast<int>(std::lround((app::kFlightSec + 2.0 + 0.5) * 4.0)));

    // 1.5 s flight, 2 s run, 0.5 s hold at 4 fps after a first step of 2 frames.
    const std::vector<app::StoryStepTiming> steps = {app::storyStepTiming(0, {}, 2014, 0.5),
                                                     app::storyStepTiming(1, 2015, 2020, 0.5)};
    EXPECT_EQ(app::storyMomentAt(steps, 4.0, 1).step, 0);
    EXPECT_EQ(app::storyMomentAt(steps, 4.0, 1).part, StoryMoment::Part::Hold);
    const StoryMoment flight = app::storyMomentAt(steps, 4.0, 2 + 3);
    EXPECT_EQ(flight.step, 1);
    EXPECT_EQ(flight.part, StoryMoment::Part::Flight);
    EXPECT_NEAR(flight.t, 0.5, 1e-9);
    const StoryMoment run = app::storyMomentAt(steps, 4.0, 2 + 6 + 4);
    EXPECT_EQ(run.part, StoryMoment::Part::Run);
    EXPECT_NEAR(run.t, 0.5, 1e-9);
    EXPECT_EQ(app::storyMomentAt(steps, 4.0, 17).part, StoryMoment::Part::Hold);
    EXPECT_EQ(app::storyMomentAt(steps, 4.0, 99).step, 1);  // past the end: the last rest

    // The year starts moving at once and settles on the step's year.
    EXPECT_EQ(app::storyRunYear(2015, 2020, 0.0), 2015.0);
    EXPECT_EQ(app::storyRunYear(2015, 2020, 1.0), 2020.0);
    EXPECT_GT(app::storyRunYear(2015, 2020, 0.5), 2017.5);
}

TEST(StoryVideo, CommandLine) {
    auto parse = [](std::vector<std::string> a) { return app::parseCommandLine(a); };
    const auto ok = parse({"render", "--scene", "s.toml", "--all-steps", "--video", "s.mp4",
                           "--fps", "4", "--hold", "2.5"});
    ASSERT_TRUE(ok.options) << ok.error;
    EXPECT_EQ(ok.options->holdSec, 2.5);
    EXPECT_EQ(
        parse({"render", "--scene", "s.toml", "--all-steps", "--video", "s.mp4"}).options->holdSec,
        4.0);
    EXPECT_NE(parse({"render", "--scene", "s.toml", "--all-steps", "--video", "s.mp4", "--out",
                     "d/step_%02d.png"})
                  .error.find("leave out --out"),
              std::string::npos);
    EXPECT_NE(parse({"render", "--scene", "s.toml", "--all-steps", "--out", "d/s_%02d.png",
                     "--hold", "2"})
                  .error.find("--hold is for a story video"),
              std::string::npos);
    EXPECT_FALSE(
        parse({"render", "--scene", "s.toml", "--all-steps", "--video", "s.mp4", "--hold", "-1"})
            .options);
    // --video still wants a sequence without --all-steps.
    EXPECT_FALSE(parse({"render", "--video", "s.mp4"}).options);
}

class StoryVideoCli : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::path(::testing::TempDir()) /
                ("story_video_" +
                 std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "bin");
        // Two steps: A at rest (2 frames of hold), B flown to (6), its year run 2015 -> 2020
        // (5 years = 2 s = 8 frames) and its hold (2): 18 frames at 4 fps.
        std::ofstream(m_dir / "two.toml")
            << "title = \"Two\"\n[[steps]]\ntitle = \"A\"\nyear = 2014\n"
               "[steps.camera]\nbox = [46.0, 36.0, 90.0, 55.5]\n"
               "[[steps]]\ntitle = \"B\"\nfrom_year = 2015\nyear = 2020\n"
               "[steps.camera]\ncenter = [51.0, 42.0]\nzoom = 5\n";
        // A fake ffmpeg that stores what it is piped in the file it is told to write.
        std::ofstream(m_dir / "bin" / "ffmpeg") << "#!/bin/sh\nfor last; do :; done\ncat > "
                                                   "\"$last\"\n";
        fs::permissions(m_dir / "bin" / "ffmpeg", fs::perms::owner_all);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    RunResult render(const std::string& args, const std::string& prefix) {
        return runCorridor("render --ne-dir \"" + naturalEarthDir() + "\" --scene \"" +
                               (m_dir / "two.toml").string() +
                               "\" --all-steps --size 320x180 --fps 4 --hold 0.5 " + args,
                           "story_video_", prefix);
    }
    fs::path m_dir;
};

TEST_F(StoryVideoCli, FramesAreFlightRunAndHoldOfEveryStep) {
    const std::string video = (m_dir / "story.mp4").string();
    const RunResult r =
        render("--video \"" + video + "\"", "PATH=\"" + (m_dir / "bin").string() + ":$PATH\" ");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const size_t frameBytes = 320u * 180u * 4u;
    const int frames = 2 + 6 + 8 + 2;
    ASSERT_EQ(fs::file_size(video), frames * frameBytes) << r.output;
    std::ifstream in(video, std::ios::binary);
    const std::string all(std::istreambuf_iterator<char>(in), {});
    auto frame = [&](int i) { return all.substr(static_cast<size_t>(i) * frameBytes, frameBytes); };
    const std::string restA = frame(1), restB = frame(frames - 1), midFlight = frame(2 + 3);
    EXPECT_NE(restA, restB);
    EXPECT_NE(midFlight, restA);
    EXPECT_NE(midFlight, restB);
    // No temporary file is left beside the video.
    int files = 0;
    for (const auto& e : fs::directory_iterator(m_dir)) files += e.is_regular_file();
    EXPECT_EQ(files, 2);  // two.toml, story.mp4
}

TEST_F(StoryVideoCli, DryRunDrawsEveryFrameAndWritesNothing) {
    const std::string video = (m_dir / "story.mp4").string();
    RunResult r = render("--dry-run --video \"" + video + "\"", "PATH=/nonexistent ");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("rendered 18 frames"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(video));
    // Without --dry-run and without ffmpeg: the sequence's error and exit code.
    r = render("--video \"" + video + "\"", "PATH=/nonexistent ");
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("needs ffmpeg"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(video));
}

}  // namespace
