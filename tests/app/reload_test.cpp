// Hot reload of the timeline data: a broken change keeps the last good data and is reported once;
// fixing it, or a good change, reloads.
#include "app/map_session.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeAll(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

class ReloadTest : public ::testing::Test {
protected:
    void SetUp() override {
        // One folder per test: ctest runs the tests of this file in parallel processes.
        m_dir = fs::path(::testing::TempDir()) /
                (std::string("corridor_reload_") +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::copy(fs::path(CORRIDOR_SOURCE_DIR) / "assets" / "data", m_dir);
        m_session.dataDir = m_dir.string();
        data::LoadResult r = data::loadDataset(m_session.dataDir);
        ASSERT_TRUE(r.ok());
        m_session.dataset = std::move(r.dataset);
        m_session.map.projection = geo::ProjectionKind::Lcc;
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path m_dir;
    app::MapSession m_session;
};

TEST_F(ReloadTest, UnchangedFilesAreNotReloaded) {
    std::vector<std::string> messages;
    EXPECT_EQ(app::reloadDataIfChanged(m_session, &messages), app::ReloadResult::Unchanged);
    EXPECT_TRUE(messages.empty());
}

TEST_F(ReloadTest, ABrokenFileKeepsTheLastGoodDataAndIsReportedOnce) {
    const fs::path inv = m_dir / "investments.csv";
    const std::string good = readAll(inv);
    const size_t flowsBefore = m_session.dataset.flows().size();
    const uint64_t hashBefore = m_session.dataset.contentHash();
    // A row with an unknown sector: an error, so the whole change is refused.
    writeAll(inv, good +
                      "bad_row,Broken,not_a_sector,pipeline,beijing,almaty,1,loan,2020,,operating,"
                      "investor,,H,x,"
                      "https://example.org,\n");
    std::vector<std::string> messages;
    EXPECT_EQ(app::reloadDataIfChanged(m_session, &messages), app::ReloadResult::Rejected);
    EXPECT_EQ(m_session.dataset.flows().size(), flowsBefore);
    EXPECT_EQ(m_session.dataset.contentHash(), hashBefore);
    ASSERT_GE(messages.size(), 2u);
    EXPECT_NE(messages[0].find("last good data"), std::string::npos);
    EXPECT_NE(messages[1].find("investments.csv"), std::string::npos) << messages[1];
    messages.clear();
    EXPECT_EQ(app::reloadDataIfChanged(m_session, &messages), app::ReloadResult::Unchanged);
    EXPECT_TRUE(messages.empty()) << "the same broken version is reported once";

    // Fixed with a good change (a new valid flow): reloads, with a new arc.
    writeAll(
        inv,
        good +
            "new_row,New flow,transport_logistics,rail,beijing,almaty,1000000,loan,2021,,operating,"
            "lender,,M,example source,https://example.org,\n");
    EXPECT_EQ(app::reloadDataIfChanged(m_session, &messages), app::ReloadResult::Reloaded)
        << (messages.empty() ? "" : messages[0]);
    EXPECT_EQ(m_session.dataset.flows().size(), flowsBefore + 1);
    EXPECT_EQ(m_session.timeline.arcs.size(), flowsBefore + 1);
}

}  // namespace
