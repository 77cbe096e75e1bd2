// Hostile CSV rows that each give a message: 10,000 warnings or errors in one file printed 10,000
// lines. A file keeps its first kMaxMessagesPerFile of each and one "... and N more" line; the
// counts stay exact, the other files' messages are all kept. And a byte order mark inside a
// field (not at the start of the file) is invisible in a terminal: messages show it as <BOM>.
#include "data/dataset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
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

std::vector<std::string> lines(const LoadResult& r, const std::string& file) {
    std::vector<std::string> out;
    for (const Message& m : r.messages) {
        if (m.file == file) out.push_back(formatMessage(m));
    }
    return out;
}

std::string allMessages(const LoadResult& r) {
    std::string s;
    for (const Message& m : r.messages) s += formatMessage(m) + "\n";
    return s.substr(0, 4000);
}

TEST(HostileMessages, RepeatedWarningsAndErrorsOfOneFileAreCapped) {
    DatasetTexts t = validTexts();
    for (int i = 0; i < 10000; ++i) {
        const std::string id = "p" + std::to_string(i);
        // A stray quote (a warning) on every row, and a latitude out of range (an error) on
        // every other row.
        *t.places +=
            id + "," + id + ",,,KAZ,70.5," + (i % 2 ? "95" : "45.5") + ",city,test,a \"note\n";
    }
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    const std::vector<std::string> places = lines(r, "data/places.csv");
    EXPECT_EQ(places.size(), 2u * kMaxMessagesPerFile + 2) << allMessages(r);
    std::vector<Message> ofPlaces;
    std::copy_if(r.messages.begin(), r.messages.end(), std::back_inserter(ofPlaces),
                 [](const Message& m) { return m.file == "data/places.csv"; });
    EXPECT_EQ(countWarnings(ofPlaces), 10000);
    EXPECT_EQ(countErrors(ofPlaces), 5000);
    const auto has = [&](const std::string& text) {
        return std::find(places.begin(), places.end(), text) != places.end();
    };
    EXPECT_TRUE(
        has("data/places.csv: ... and 9900 more warnings in this file (the first 100 are "
            "listed)"))
        << allMessages(r);
    EXPECT_TRUE(
        has("data/places.csv: ... and 4900 more errors in this file (the first 100 are "
            "listed)"))
        << allMessages(r);
    // The first ones are the first rows, with their lines.
    EXPECT_EQ(places.front().rfind("data/places.csv:8: ", 0), 0u) << places.front();
    // The good rows load; the other files keep all their messages.
    EXPECT_EQ(r.dataset.places().size(), 6u + 5000u);
    EXPECT_EQ(r.dataset.flows().size(), 6u);
}

TEST(HostileMessages, ByteOrderMarkInsideAFieldIsShown) {
    DatasetTexts t = validTexts();
    *t.places += "samarkand,Samarkand,,,\xEF\xBB\xBFUZB,66.96,39.65,city,test,\n";
    // A second mark at the start of the header (the first one is the file's own, and removed).
    t.trade = "\xEF\xBB\xBF\xEF\xBB\xBF" + *t.trade;
    const LoadResult r = loadDatasetFromTexts(t, "data/");
    const std::string all = allMessages(r);
    EXPECT_NE(all.find("data/places.csv:8: country: '<BOM>UZB'"), std::string::npos) << all;
    EXPECT_NE(all.find("data/trade.csv:1: <BOM>"), std::string::npos) << all;
    EXPECT_EQ(all.find("\xEF\xBB\xBF"), std::string::npos) << all;
}

TEST(Messages, ShortMessageListsAreKeptWhole) {
    std::vector<Message> m;
    for (int i = 1; i <= kMaxMessagesPerFile; ++i)
        addMessage(m, Severity::Warning, "a.csv", i, "", "odd");
    addMessage(m, Severity::Warning, "b.csv", 1, "", "odd");
    addMessage(m, Severity::Warning, "b.csv", 2, "", "odd");
    ASSERT_EQ(m.size(), static_cast<size_t>(kMaxMessagesPerFile) + 2);
    EXPECT_EQ(countWarnings(m), kMaxMessagesPerFile + 2);
    addMessage(m, Severity::Warning, "a.csv", 999, "", "odd");  // a's run has ended: a new run
    EXPECT_EQ(formatMessage(m.back()), "a.csv:999: odd");
}

}  // namespace
}  // namespace data
