// The timeline loader on hostile CSV text built by each test: unbalanced quotes, NUL bytes, a
// 10 MB field, a million rows and duplicated headers. Each one: no crash, bounded time, a message
// naming the file and line, and the good rows (and the other files) still load.
#include "data/dataset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "test_util.h"

namespace data {
namespace {

using test::readFixture;

DatasetTexts validTexts() {
    DatasetTexts t;
    t.places = readFixture("valid/places.csv");
    t.investments = readFixture("valid/investments.csv");
    t.segments = readFixture("valid/corridor_segments.csv");
    t.volumes = readFixture("valid/corridor_volumes.csv");
    t.trade = readFixture("valid/trade.csv");
    t.events = readFixture("valid/events.csv");
    return t;
}

std::string allMessages(const LoadResult& r) {
    std::string s;
    for (const Message& m : r.messages) s += formatMessage(m) + "\n";
    return s;
}

bool hasMessage(const LoadResult& r, Severity severity, const std::string& prefix) {
    return std::any_of(r.messages.begin(), r.messages.end(), [&](const Message& m) {
        return m.severity == severity && formatMessage(m).rfind(prefix, 0) == 0;
    });
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(HostileCsv, UnterminatedQuoteDropsOnlyTheRecordsFromItOn) {
    DatasetTexts t = validTexts();
    *t.places += "samarkand,\"Samarkand,,,UZB,66.96,39.65,city,test,\n";
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    EXPECT_EQ(r.dataset.places().size(), 6u) << allMessages(r);
    EXPECT_EQ(r.dataset.flows().size(), 6u) << allMessages(r);
    EXPECT_TRUE(hasMessage(r, Severity::Error, "data/places.csv:8: quoted field is not closed"))
        << allMessages(r);
}

TEST(HostileCsv, StrayQuotesAreKeptWithAWarning) {
    DatasetTexts t = validTexts();
    *t.places += "samarkand,Samar\"kand,,,UZB,66.96,39.65,city,test,\"note\" more\n";
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    ASSERT_EQ(r.dataset.places().size(), 7u) << allMessages(r);
    EXPECT_EQ(r.dataset.places().back().name, "Samar\"kand");
    EXPECT_TRUE(hasMessage(r, Severity::Warning, "data/places.csv:8:")) << allMessages(r);
}

TEST(HostileCsv, NulBytesDoNotCutTheFile) {
    DatasetTexts t = validTexts();
    *t.places += std::string("samarkand,Sam\0arkand,,,UZB,66.96,39.65,city,test,\n", 50);
    *t.places += std::string("bukhara,Bukhara,,,UZB,64.42,39.77,city,test,\0\n", 46);
    *t.places += "khiva,Khiva,,,UZB,60.36,41.38,city,test,\n";
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    EXPECT_TRUE(r.dataset.findPlace("khiva")) << allMessages(r);
    EXPECT_TRUE(r.dataset.findPlace("samarkand")) << allMessages(r);
    EXPECT_EQ(r.dataset.flows().size(), 6u);
    EXPECT_TRUE(hasMessage(r, Severity::Warning, "data/places.csv:8: contains a NUL byte"))
        << allMessages(r);
}

TEST(HostileCsv, NulByteInANumberIsAnErrorNamingTheLine) {
    DatasetTexts t = validTexts();
    *t.places += std::string("samarkand,Samarkand,,,UZB,66.9\0,39.65,city,test,\n", 50);
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    EXPECT_FALSE(r.dataset.findPlace("samarkand"));
    EXPECT_EQ(r.dataset.places().size(), 6u);
    EXPECT_TRUE(hasMessage(r, Severity::Error, "data/places.csv:8: lon:")) << allMessages(r);
}

TEST(HostileCsv, TenMegabyteFieldLoadsInBoundedTime) {
    DatasetTexts t = validTexts();
    const std::string huge(10 * 1024 * 1024, 'x');
    *t.places += "samarkand,\"" + huge + "\",,,UZB,66.96,39.65,city,test,\n";
    *t.places += "bukhara,Bukhara,,,UZB," + huge + ",39.77,city,test,\n";
    const auto t0 = std::chrono::steady_clock::now();
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    EXPECT_LT(secondsSince(t0), 10.0);
    ASSERT_TRUE(r.dataset.findPlace("samarkand"));
    EXPECT_EQ(r.dataset.findPlace("samarkand")->name.size(), huge.size());
    EXPECT_FALSE(r.dataset.findPlace("bukhara"));
    EXPECT_TRUE(hasMessage(r, Severity::Error, "data/places.csv:9: lon:"));
    for (const Message& m : r.messages) {
        EXPECT_LT(formatMessage(m).size(), 1000u) << "a message quotes the whole field";
    }
}

TEST(HostileCsv, AMillionRowsLoadInBoundedTime) {
    DatasetTexts t = validTexts();
    std::string& places = *t.places;
    places.reserve(places.size() + 50u * 1000000u);
    for (int i = 0; i < 1000000; ++i) {
        const std::string id = "p" + std::to_string(i);
        places += id + "," + id + ",,,KAZ,70.5,45.5,city,test,\n";
    }
    const auto t0 = std::chrono::steady_clock::now();
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    const double sec = secondsSince(t0);
    EXPECT_EQ(r.dataset.places().size(), 1000006u) << allMessages(r).substr(0, 2000);
    EXPECT_EQ(r.dataset.flows().size(), 6u);
    EXPECT_LT(sec, 30.0);  // about 1 s in Release; generous for sanitizer builds
}

TEST(HostileCsv, DuplicateHeaderIsAnErrorAndTheOtherFilesStillLoad) {
    DatasetTexts t = validTexts();
    t.segments = "id,from,to,id,mode\ns1,almaty,aktau,s2,rail\n";
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    EXPECT_TRUE(hasMessage(r, Severity::Error, "data/corridor_segments.csv:1: id:"))
        << allMessages(r);
    EXPECT_TRUE(r.dataset.segments().empty());
    EXPECT_EQ(r.dataset.places().size(), 6u);
    EXPECT_EQ(r.dataset.flows().size(), 6u);
    EXPECT_EQ(r.dataset.events().size(), 4u);
}

TEST(HostileCsv, BinaryGarbageIsReportedAndTheOtherFilesStillLoad) {
    DatasetTexts t = validTexts();
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) & 0xff));
    t.trade = garbage;
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasMessage(r, Severity::Error, "data/trade.csv:")) << allMessages(r);
    EXPECT_EQ(r.dataset.places().size(), 6u);
    EXPECT_EQ(r.dataset.flows().size(), 6u);
}

}  // namespace
}  // namespace data
