// Hostile files in a data folder: a named pipe as events.csv (opening it waits for a writer), a
// link to /dev/zero (never ends), a folder, a file over the CSV size limit. Each one: an error
// naming the file and what it is, found without reading it, and the other files still load.
#include "data/dataset.h"
#include "data/file_read.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace data {
namespace {

namespace fs = std::filesystem;

std::string allMessages(const LoadResult& r) {
    std::string s;
    for (const Message& m : r.messages) s += formatMessage(m) + "\n";
    return s;
}

bool hasMessage(const LoadResult& r, Severity severity, const std::string& text) {
    return std::any_of(r.messages.begin(), r.messages.end(), [&](const Message& m) {
        return m.severity == severity && formatMessage(m) == text;
    });
}

class HostileDataFiles : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = (fs::temp_directory_path() / ("hostile_data_files_" + std::to_string(::getpid())))
                    .string();
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        for (const char* name : {kPlacesFile, kInvestmentsFile, kSegmentsFile, kVolumesFile,
                                 kTradeFile, kEventsFile}) {
            fs::copy_file(test::fixturePath(std::string("valid/") + name), m_dir + "/" + name);
        }
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string file(const char* name) const { return m_dir + "/" + name; }

    std::string m_dir;
};

TEST_F(HostileDataFiles, NamedPipeDeviceAndFolderAreReportedAndTheRestLoads) {
    fs::remove(file(kEventsFile));
    ASSERT_EQ(::mkfifo(file(kEventsFile).c_str(), 0600), 0);
    fs::remove(file(kTradeFile));
    fs::create_symlink("/dev/zero", file(kTradeFile));
    fs::remove(file(kVolumesFile));
    fs::create_directory(file(kVolumesFile));
    const LoadResult r = loadDataset(m_dir);
    const std::string p = m_dir + "/";
    EXPECT_TRUE(hasMessage(r, Severity::Error,
                           p + "events.csv: not a regular file (a named pipe); no events loaded"))
        << allMessages(r);
    EXPECT_TRUE(hasMessage(r, Severity::Error,
                           p + "trade.csv: not a regular file (a device); no trade rows loaded"))
        << allMessages(r);
    EXPECT_TRUE(hasMessage(
        r, Severity::Error,
        p + "corridor_volumes.csv: not a regular file (a folder); no corridor volumes loaded"))
        << allMessages(r);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.dataset.places().size(), 6u);
    EXPECT_EQ(r.dataset.flows().size(), 6u);
    EXPECT_FALSE(r.dataset.segments().empty());
    // The reload check hashes the folder the same way, without blocking either.
    EXPECT_EQ(hashDataFolder(m_dir), r.dataset.contentHash());
}

TEST_F(HostileDataFiles, FileOverTheLimitIsNotReadAndTheRestLoads) {
    fs::resize_file(file(kSegmentsFile), kMaxCsvBytes + 1);  // sparse: nothing is written
    const LoadResult r = loadDataset(m_dir);
    EXPECT_TRUE(hasMessage(r, Severity::Error,
                           m_dir +
                               "/corridor_segments.csv: is 64.0 MB, over the limit of 64 MB for "
                               "this kind of file; no corridor segments loaded"))
        << allMessages(r);
    EXPECT_TRUE(r.dataset.segments().empty());
    EXPECT_EQ(r.dataset.flows().size(), 6u);
}

TEST_F(HostileDataFiles, AbsentOptionalFileIsStillAWarning) {
    fs::remove(file(kEventsFile));
    const LoadResult r = loadDataset(m_dir);
    EXPECT_TRUE(
        hasMessage(r, Severity::Warning, m_dir + "/events.csv: file not found; no events loaded"))
        << allMessages(r);
    for (const Message& m : r.messages) {
        if (m.file.find("events.csv") != std::string::npos) {
            EXPECT_EQ(m.severity, Severity::Warning) << formatMessage(m);
        }
    }
}

TEST(FileRead, ReadingStopsAtTheLimitWhenTheSizeIsUnknown) {
    // /proc files report size 0 and are longer: the limit holds while reading too.
    const FileText small = readFileLimited("/proc/self/maps", 16);
    EXPECT_EQ(small.status, FileStatus::TooLarge);
    EXPECT_EQ(small.problem, "is over the limit of 16 bytes for this kind of file");
    EXPECT_TRUE(small.text.empty());
    const FileText whole = readFileLimited("/proc/self/maps", kMaxCsvBytes);
    EXPECT_TRUE(whole.ok()) << whole.problem;
    EXPECT_FALSE(whole.text.empty());
}

TEST(FileRead, SizesReadForPeople) {
    EXPECT_EQ(formatByteSize(812), "812 bytes");
    EXPECT_EQ(formatByteSize(kMaxTomlBytes), "4 MB");
    EXPECT_EQ(formatByteSize(kMaxCsvBytes + 300 * 1024), "64.3 MB");
}

}  // namespace
}  // namespace data
