// The command line's guard rails, through the real binary on the real map where it matters:
// Ctrl-C and SIGTERM stop a render cleanly (exit 130 / 143, no file left), --out never replaces
// a device, link or folder, --tile has a floor, every load warning is printed (each once,
// capped), numbers must be finite and views must lie on the map, an unusable cache folder is
// reported. Plus the pure parts behind them.
#include "app/cli.h"
#include "app/load_messages.h"
#include "app/map_session.h"
#include "render/export_png.h"
#include "shapefile_writer.h"

#include "run_corridor.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <shapefil.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;
using testing_cli::naturalEarthDir;
using testing_cli::RunResult;

std::string parseError(std::vector<std::string> args) {
    const app::ParseResult r = app::parseCommandLine(args);
    EXPECT_FALSE(r.options) << "accepted: " << args.back();
    return r.error;
}

size_t countOf(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
    return n;
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// ---- pure parts ------------------------------------------------------------------------------

TEST(CliGuard, NonFiniteNumbersAreUsageErrorsNamingTheOption) {
    for (const char* bad : {"nan", "inf", "-inf", "NaN", "infinity"}) {
        EXPECT_NE(parseError({"render", "--year", bad}).find("--year"), std::string::npos);
        EXPECT_NE(parseError({"render", "--time", bad}).find("--time"), std::string::npos);
        EXPECT_NE(parseError({"render", "--dpi", bad}).find("--dpi"), std::string::npos);
        EXPECT_NE(parseError({"render", "--fps", bad}).find("--fps"), std::string::npos);
        EXPECT_NE(parseError({"render", "--from", bad}).find("--from"), std::string::npos);
        EXPECT_NE(parseError({"render", "--label-density", bad}).find("--label-density"),
                  std::string::npos);
        EXPECT_NE(
            parseError({"render", "--view", std::string("40,") + bad + ",80,50"}).find("--view"),
            std::string::npos);
    }
    EXPECT_TRUE(app::parseCommandLine({"render", "--year", "2017.5", "--time", "0"}).options);
}

TEST(CliGuard, TileHasAFloor) {
    EXPECT_NE(parseError({"render", "--tile", "16"}).find("--tile"), std::string::npos);
    EXPECT_NE(parseError({"render", "--tile", std::to_string(app::kMinTilePx - 1)})
                  .find(std::to_string(app::kMinTilePx)),
              std::string::npos);
    const auto ok = app::parseCommandLine({"render", "--tile", std::to_string(app::kMinTilePx)});
    ASSERT_TRUE(ok.options);
    EXPECT_EQ(ok.options->tileSizePx, app::kMinTilePx);
}

TEST(CliGuard, FrameNumberOnlyInTheFileName) {
    const std::string e = parseError(
        {"render", "--from", "2005", "--to", "2006", "--duration", "1", "--out", "d%03d/f.png"});
    EXPECT_NE(e.find("--out"), std::string::npos) << e;
    EXPECT_NE(e.find("file name"), std::string::npos) << e;
    EXPECT_TRUE(app::parseCommandLine({"render", "--from", "2005", "--to", "2006", "--duration",
                                       "1", "--out", "d/f%03d.png"})
                    .options);
}

TEST(CliGuard, MessagesAreShownOnceAndCapped) {
    std::vector<std::string> many;
    for (int i = 0; i < 1000; ++i) many.push_back("f.shp: record " + std::to_string(i));
    many.push_back("f.shp: record 3");  // a repeat
    const std::vector<std::string> shown = app::cappedMessages(many, 20);
    ASSERT_EQ(shown.size(), 21u);
    EXPECT_EQ(shown[0], "f.shp: record 0");
    EXPECT_EQ(shown[20], "... and 980 more");
    EXPECT_EQ(app::cappedMessages({"a", "b", "a"}, 20), (std::vector<std::string>{"a", "b"}));
    // A loader's own "... and N more" line counts as the N messages it stands for.
    std::vector<std::string> story;
    for (int i = 0; i < 100; ++i)
        story.push_back("s.toml: steps[0]: unknown key k" + std::to_string(i));
    story.push_back("s.toml: ... and 99900 more warnings (the first 100 are listed)");
    const std::vector<std::string> capped = app::cappedMessages(story, 20);
    ASSERT_EQ(capped.size(), 21u);
    EXPECT_EQ(capped[20], "... and 99980 more");
    EXPECT_EQ(app::cappedMessages({"a", "x: ... and 5 more warnings"}, 20),
              (std::vector<std::string>{"a", "... and 5 more"}));
    const auto panel = app::panelMessages({"bad"}, {"odd"});
    EXPECT_EQ(panel, (std::vector<std::string>{"bad", "warning: odd"}));
}

TEST(CliGuard, ViewsAreCutToTheMapsArea) {
    const geo::LonLatBox area{0, 22, 125, 62};
    bool clamped = true;
    auto v = app::viewInsideArea({45, 34, 90, 56}, area, &clamped);
    ASSERT_TRUE(v);
    EXPECT_FALSE(clamped);
    v = app::viewInsideArea({-180, -90, 180, 90}, area, &clamped);
    ASSERT_TRUE(v);
    EXPECT_TRUE(clamped);
    EXPECT_EQ(app::formatBox(*v), "0,22,125,62");
    EXPECT_FALSE(app::viewInsideArea({-10, -90, 10, -80}, area, &clamped));
}

// The writer every PNG goes through (render, sequences, the window's F12 and export dialog).
TEST(CliGuard, PngWriterReplacesOnlyRegularFiles) {
    const fs::path dir = fs::path(::testing::TempDir()) / "guard_png";
    fs::remove_all(dir);
    fs::create_directories(dir / "folder");
    const fs::path target = dir / "target.txt";
    { std::ofstream(target) << "keep me"; }
    fs::create_symlink(target, dir / "link.png");
    ASSERT_EQ(::mkfifo((dir / "fifo.png").c_str(), 0600), 0);
    std::string err, resolved;
    for (const char* name : {"link.png", "fifo.png", "folder"}) {
        render::PngStreamWriter png;
        EXPECT_FALSE(png.open((dir / name).string(), 8, 8, 0, &err)) << name;
        EXPECT_NE(err.find(name), std::string::npos) << err;
    }
    EXPECT_FALSE(render::checkOutputPath("/dev/null", &resolved, &err));
    EXPECT_NE(err.find("device"), std::string::npos) << err;
    EXPECT_FALSE(render::checkOutputPath((dir / "link.png").string(), &resolved, &err));
    EXPECT_NE(err.find("symbolic link"), std::string::npos) << err;
    EXPECT_EQ(readFile(target), "keep me");
    EXPECT_TRUE(fs::is_symlink(dir / "link.png"));
    // A link in the folder part is followed; a regular file is replaced.
    fs::create_directory_symlink(dir / "folder", dir / "via");
    { std::ofstream(dir / "folder" / "old.png") << "old"; }
    EXPECT_TRUE(render::checkOutputPath((dir / "via" / "old.png").string(), &resolved, &err))
        << err;
    EXPECT_EQ(resolved, fs::canonical(dir / "folder").string() + "/old.png");
    render::PngStreamWriter png;
    std::vector<uint8_t> rows(8 * 8 * 4, 128);
    ASSERT_TRUE(png.open((dir / "via" / "old.png").string(), 8, 8, 0, &err)) << err;
    ASSERT_TRUE(png.writeRows(rows.data(), 8, &err)) << err;
    ASSERT_TRUE(png.finish(&err)) << err;
    EXPECT_GT(fs::file_size(dir / "folder" / "old.png"), 3u);
    EXPECT_TRUE(fs::is_symlink(dir / "via"));
    for (const auto& e : fs::directory_iterator(dir / "folder"))
        EXPECT_EQ(e.path().filename(), "old.png") << "left behind: " << e.path();
    fs::remove_all(dir);
}

// ---- the real binary -------------------------------------------------------------------------

class CliGuardRun : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(fs::exists(naturalEarthDir() + "/ne_10m_admin_0_countries.shp"))
            << "Natural Earth data not found in " << naturalEarthDir();
        m_dir = fs::path(::testing::TempDir()) /
                (std::string("guard_") +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "out");
    }
    void TearDown() override { fs::remove_all(m_dir); }
    // The test data set, not assets/data: exit codes and warnings then depend only on what
    // each test sets up.
    RunResult render(const std::string& args, const std::string& prefix = "") {
        return testing_cli::runCorridor(
            "render --ne-dir \"" + naturalEarthDir() + "\" --data \"" + kTestData + "\" " + args,
            "corridor_guard_", prefix);
    }
    const std::string kTestData = std::string(CORRIDOR_TEST_FIXTURES) + "/data/valid";
    std::string out(const std::string& name) const { return (m_dir / "out" / name).string(); }
    std::vector<std::string> outFiles() const {
        std::vector<std::string> names;
        for (const auto& e : fs::recursive_directory_iterator(m_dir / "out"))
            names.push_back(e.path().filename().string());
        return names;
    }

    // Starts `corridor args...` with its output in a log; SIGINT and SIGTERM at their defaults
    // (a test runner may have them ignored, which the binary keeps).
    pid_t spawn(const std::vector<std::string>& args) {
        m_log = m_dir / "run.log";
        // One geometry cache for every spawned run: only the first builds the map from the
        // shapefiles (seconds under the sanitizers), the rest load it warm as users do.
        const std::string cache =
            (fs::path(::testing::TempDir()) / "corridor_guard_cache").string();
        fs::remove(m_log);  // a previous run's log must not count as this one's
        const pid_t pid = ::fork();
        if (pid == 0) {
            const int fd = ::open(m_log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            ::dup2(fd, 1);
            ::dup2(fd, 2);
            ::setenv("CORRIDOR_CACHE_DIR", cache.c_str(), 1);
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            std::vector<char*> argv;
            std::string bin = CORRIDOR_BINARY;
            argv.push_back(bin.data());
            std::vector<std::string> copy = args;
            for (auto& a : copy) argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(CORRIDOR_BINARY, argv.data());
            ::_exit(127);
        }
        return pid;
    }
    // Waits until the log shows `marker` (the export has started), up to two minutes.
    bool waitForLog(const std::string& marker) {
        for (int i = 0; i < 1200; ++i) {
            if (readFile(m_log).find(marker) != std::string::npos) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }
    // Sends `sig`, waits for the exit; the exit code (128 + signal when killed) and the seconds
    // from the signal to the exit.
    std::pair<int, double> stop(pid_t pid, int sig) {
        const auto t0 = std::chrono::steady_clock::now();
        ::kill(pid, sig);
        int status = 0;
        ::waitpid(pid, &status, 0);
        const double sec =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const int code = WIFEXITED(status)     ? WEXITSTATUS(status)
                         : WIFSIGNALED(status) ? 128 + WTERMSIG(status)
                                               : -1;
        return {code, sec};
    }

    fs::path m_dir, m_log;
};

TEST_F(CliGuardRun, CtrlCAndSigtermStopALongRenderAndLeaveNoFile) {
    for (const int sig : {SIGINT, SIGTERM}) {
        // 8000x8000 in tiles of 256: about a thousand tiles, long enough to be stopped midway.
        const pid_t pid = spawn({"render", "--ne-dir", naturalEarthDir(), "--size", "8000x8000",
                                 "--tile", "256", "--out", out("big.png")});
        ASSERT_GT(pid, 0);
        ASSERT_TRUE(waitForLog("tiles of big.png")) << readFile(m_log);
        const auto [code, sec] = stop(pid, sig);
        const std::string log = readFile(m_log);
        EXPECT_EQ(code, sig == SIGINT ? 130 : 143) << log;
        EXPECT_LT(sec, 5.0) << "took " << sec << " s to stop";
        EXPECT_NE(log.find(sig == SIGINT ? "interrupted by SIGINT" : "interrupted by SIGTERM"),
                  std::string::npos)
            << log;
        EXPECT_TRUE(outFiles().empty()) << "left behind: " << outFiles().front();
    }
}

// Even SIGKILL leaves nothing: the PNG has no name until it is finished (where the file system
// has unnamed files; elsewhere a killed process leaves its `.tmp-PID` file).
TEST_F(CliGuardRun, SigkillLeavesNoFile) {
    const int probe = ::open((m_dir / "out").c_str(), O_TMPFILE | O_WRONLY, 0600);
    if (probe < 0) GTEST_SKIP() << "no O_TMPFILE on this file system";
    ::close(probe);
    const pid_t pid = spawn({"render", "--ne-dir", naturalEarthDir(), "--size", "8000x8000",
                             "--tile", "256", "--out", out("big.png")});
    ASSERT_GT(pid, 0);
    ASSERT_TRUE(waitForLog("tiles of big.png")) << readFile(m_log);
    EXPECT_EQ(stop(pid, SIGKILL).first, 128 + SIGKILL);
    EXPECT_TRUE(outFiles().empty()) << "left behind: " << outFiles().front();
}

TEST_F(CliGuardRun, SigtermStopsASequenceKeepingOnlyFinishedFrames) {
    const pid_t pid =
        spawn({"render", "--ne-dir", naturalEarthDir(), "--size", "320x180", "--from", "2005",
               "--to", "2025", "--duration", "60", "--out", out("f_%04d.png")});
    ASSERT_GT(pid, 0);
    ASSERT_TRUE(waitForLog("frames: 10%")) << readFile(m_log);
    const auto [code, sec] = stop(pid, SIGTERM);
    const std::string log = readFile(m_log);
    EXPECT_EQ(code, 143) << log;
    EXPECT_LT(sec, 5.0) << "took " << sec << " s to stop";
    const std::vector<std::string> files = outFiles();
    EXPECT_GE(files.size(), 180u);
    EXPECT_LT(files.size(), 1800u) << "it did not stop";
    for (const auto& f : files) EXPECT_EQ(f.find(".tmp"), std::string::npos) << f;
}

TEST_F(CliGuardRun, OutNeverReplacesADeviceALinkOrAFolder) {
    RunResult r = render("--size 64x64 --out /dev/null");
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("error: /dev/null: is a character device"), std::string::npos)
        << r.output;
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));

    const fs::path target = m_dir / "precious.txt";
    { std::ofstream(target) << "keep me"; }
    fs::create_symlink(target, out("link.png"));
    r = render("--size 64x64 --out \"" + out("link.png") + "\"");
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("link.png: is a symbolic link"), std::string::npos) << r.output;
    EXPECT_TRUE(fs::is_symlink(out("link.png")));
    EXPECT_EQ(readFile(target), "keep me");

    // A folder fails before anything is drawn.
    fs::create_directories(out("folder.png"));
    r = render("--size 64x64 --out \"" + out("folder.png") + "\"");
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("folder.png: is a folder"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("wrote"), std::string::npos) << r.output;

    // A frame number in a folder's name is refused up front, with nothing written.
    r = render("--size 64x64 --from 2005 --to 2006 --duration 1 --out \"" + out("d%03d/f.png") +
               "\"");
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("error: --out"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(out("d000")));
}

TEST_F(CliGuardRun, TileBelowTheFloorIsAUsageError) {
    const RunResult r = render("--size 1920x1080 --tile 16 --out \"" + out("x.png") + "\"");
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("error: --tile wants a tile size in pixels (256.."), std::string::npos)
        << r.output;
    EXPECT_TRUE(outFiles().empty());
}

// 25 shapefiles of the user's with neither .dbf nor .prj, a thousand unusable records among
// them: every warning reaches stderr, each once, the first 20 in full, then a count.
TEST_F(CliGuardRun, LoadWarningsArePrintedOnceAndCapped) {
    std::string adds;
    for (int f = 0; f < 25; ++f) {
        std::vector<testutil::Record> records;
        for (int i = 0; i < 40; ++i) {
            // A line of one distinct point: skipped with a warning.
            const double x = 50.0 + f + i * 0.01;
            records.push_back({{{glm::dvec2(x, 45.0), glm::dvec2(x, 45.0)}}, {"r"}});
        }
        const std::string stem = (m_dir / ("lonely_" + std::to_string(f))).string();
        adds += " --add \"" + testutil::writeShapefile(stem, SHPT_ARC, {"NAME"}, records) + "\"";
        fs::remove(stem + ".dbf");
        fs::remove(stem + ".prj");
    }
    const RunResult r = render("--size 320x180" + adds + " --out \"" + out("x.png") + "\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("warning: lonely_0.shp: no .prj"), std::string::npos) << r.output;
    EXPECT_EQ(countOf(r.output, "warning: lonely_0.shp: no .prj"), 1u) << r.output;
    EXPECT_LE(countOf(r.output, "warning: "), app::kMaxShownMessages + 1) << r.output;
    EXPECT_NE(r.output.find("more warnings"), std::string::npos) << r.output;
    EXPECT_TRUE(fs::exists(out("x.png")));
}

// A misspelt filter field in the manifest empties its layer: said on stderr, exit 0.
TEST_F(CliGuardRun, UnknownFilterFieldIsAWarning) {
    const fs::path maps = m_dir / "maps";
    fs::create_directories(maps);
    std::string manifest = readFile(fs::path(CORRIDOR_SOURCE_DIR) / "maps" / "layers.toml");
    const std::string field = "filter = \"scalerank <= 6\"";
    ASSERT_NE(manifest.find(field), std::string::npos) << "the shipped manifest changed";
    manifest.replace(manifest.find(field), field.size(), "filter = \"scalernk <= 6\"");
    { std::ofstream(maps / "layers.toml") << manifest; }
    // The tables beside the manifest (water labels, name overrides) come along.
    for (const auto& e : fs::directory_iterator(fs::path(CORRIDOR_SOURCE_DIR) / "maps")) {
        if (e.is_regular_file() && e.path().filename() != "layers.toml")
            fs::copy_file(e.path(), maps / e.path().filename());
    }
    const RunResult r =
        render("--size 320x180 --no-cache --manifest \"" + (maps / "layers.toml").string() +
               "\" --out \"" + out("x.png") + "\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("scalernk"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("warning: "), std::string::npos) << r.output;
}

TEST_F(CliGuardRun, NonFiniteYearIsAUsageError) {
    const RunResult r = render("--year nan --out \"" + out("x.png") + "\"");
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("error: --year"), std::string::npos) << r.output;
    EXPECT_TRUE(outFiles().empty());
}

TEST_F(CliGuardRun, ViewsOffTheMapAreCutOrRefused) {
    RunResult r = render("--size 320x180 --view -180,-90,180,90 --out \"" + out("w.png") + "\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("warning: --view -180,-90,180,90 reaches outside the map's area"),
              std::string::npos)
        << r.output;
    r = render("--size 320x180 --view -10,-90,10,-80 --out \"" + out("s.png") + "\"");
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("error: --view -10,-90,10,-80 is outside the map's area"),
              std::string::npos)
        << r.output;
    EXPECT_FALSE(fs::exists(out("s.png")));

    // A story camera at the south pole is moved onto the map, with a warning.
    const fs::path story = m_dir / "pole.toml";
    {
        std::ofstream f(story);
        f << "title = \"Pole\"\n[[steps]]\ntitle = \"South\"\nyear = 2020\n"
             "[steps.camera]\ncenter = [0.0, -90.0]\nzoom = 5\n";
    }
    r = render("--size 320x180 --scene \"" + story.string() + "\" --step 1 --out \"" +
               out("p.png") + "\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("camera centre 0,-90 is outside the map's area"), std::string::npos)
        << r.output;
}

TEST_F(CliGuardRun, UnusableCacheFolderIsSaidOnce) {
    const fs::path file = m_dir / "not-a-folder";
    { std::ofstream(file) << "x"; }
    RunResult r =
        render("--size 64x64 --cache-dir \"" + file.string() + "\" --out \"" + out("x.png") + "\"");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_EQ(countOf(r.output, "cache disabled"), 1u) << r.output;
    EXPECT_NE(r.output.find("warning: --cache-dir " + file.string() + ": not a folder"),
              std::string::npos)
        << r.output;
    if (::geteuid() != 0) {  // root writes anywhere
        const fs::path locked = m_dir / "locked";
        fs::create_directories(locked);
        fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
        r = render("--size 64x64 --cache-dir \"" + locked.string() + "\" --out \"" + out("y.png") +
                   "\"");
        EXPECT_EQ(r.exitCode, 0) << r.output;
        EXPECT_EQ(countOf(r.output, "cache disabled"), 1u) << r.output;
        fs::permissions(locked, fs::perms::owner_all);
    }
}

}  // namespace
