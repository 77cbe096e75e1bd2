#include "data/timeline_queries.h"

#include <gtest/gtest.h>

#include <cmath>

#include "test_util.h"

namespace data {
namespace {

const Dataset& fixture() {
    static const Dataset dataset = loadDataset(test::fixturePath("valid")).dataset;
    return dataset;
}

std::vector<std::string> openIds(double year) {
    std::vector<std::string> ids;
    for (const OpenSegment& s : segmentsOpenAt(fixture(), year)) {
        ids.push_back(fixture().segments()[s.index].id);
    }
    return ids;
}

using Ids = std::vector<std::string>;

TEST(Segments, OpenAtAYear) {
    // s_rail opens 2014, s_sea has no opening year (open from the start) and closes after 2018,
    // s_planned never, s_upgraded opens 2010.
    EXPECT_EQ(openIds(2005.0), (Ids{"s_sea"}));
    EXPECT_EQ(openIds(2010.0), (Ids{"s_sea", "s_upgraded"}));
    EXPECT_EQ(openIds(2013.99), (Ids{"s_sea", "s_upgraded"}));
    EXPECT_EQ(openIds(2014.0), (Ids{"s_rail", "s_sea", "s_upgraded"}));
    EXPECT_EQ(openIds(2018.99), (Ids{"s_rail", "s_sea", "s_upgraded"}));
    EXPECT_EQ(openIds(2019.0), (Ids{"s_rail", "s_upgraded"}));
    EXPECT_EQ(openIds(2035.0), (Ids{"s_rail", "s_upgraded"}));
}

TEST(Segments, OpeningAndUpgradeProgress) {
    const auto open = segmentsOpenAt(fixture(), 2014.25);
    ASSERT_EQ(open.size(), 3u);
    EXPECT_DOUBLE_EQ(open[0].openingProgress, 0.25);       // s_rail
    EXPECT_DOUBLE_EQ(open[1].openingProgress, 1.0);        // s_sea: no opening year
    EXPECT_DOUBLE_EQ(open[2].openingProgress, 1.0);        // s_upgraded, open since 2010
    EXPECT_DOUBLE_EQ(open[2].upgradeProgress, 0.0);        // upgraded 2020
    const auto later = segmentsOpenAt(fixture(), 2020.5);  // s_sea closed by then
    ASSERT_EQ(later.size(), 2u);
    EXPECT_DOUBLE_EQ(later[1].upgradeProgress, 0.5);
    EXPECT_DOUBLE_EQ(segmentsOpenAt(fixture(), 2022.0)[1].upgradeProgress, 1.0);
}

struct VolumeCase {
    double year;
    std::optional<double> tonnes;
    std::optional<double> teu;
};

class Volume : public ::testing::TestWithParam<VolumeCase> {};

TEST_P(Volume, InterpolatedAtFractionalYears) {
    const VolumeCase& c = GetParam();
    const auto v = corridorVolumeAt(fixture(), c.year);
    ASSERT_EQ(v.has_value(), c.tonnes.has_value()) << c.year;
    if (!v) return;
    EXPECT_DOUBLE_EQ(v->tonnes, *c.tonnes) << c.year;
    EXPECT_EQ(v->teu.has_value(), c.teu.has_value()) << c.year;
    if (v->teu && c.teu) {
        EXPECT_DOUBLE_EQ(*v->teu, *c.teu) << c.year;
    }
}

// 2019: 100 t / 10 TEU; 2020: 200 / 30; 2021: 400 / -; 2022 missing; 2023: 1000 / 50.
INSTANTIATE_TEST_SUITE_P(
    Table, Volume,
    ::testing::Values(VolumeCase{2018.99, std::nullopt, std::nullopt},
                      VolumeCase{2019.0, 100.0, 10.0}, VolumeCase{2019.5, 150.0, 20.0},
                      VolumeCase{2019.75, 175.0, 25.0}, VolumeCase{2020.0, 200.0, 30.0},
                      VolumeCase{2020.5, 300.0, std::nullopt},
                      VolumeCase{2021.5, 400.0, std::nullopt},
                      VolumeCase{2022.5, std::nullopt, std::nullopt},
                      VolumeCase{2023.0, 1000.0, 50.0}, VolumeCase{2023.9, 1000.0, 50.0},
                      VolumeCase{2024.0, std::nullopt, std::nullopt}));

TEST(Events, InRangeAreHalfOpenAndInDateOrder) {
    std::vector<std::string> titles;
    for (std::size_t i : eventsInRange(fixture(), 2013.0, 2018.0)) {
        titles.push_back(fixture().events()[i].title);
    }
    EXPECT_EQ(titles, (std::vector<std::string>{"Year only", "Speech", "Late 2017"}));
    EXPECT_EQ(eventsInRange(fixture(), 2018.0, 2018.1).size(), 1u);  // "Month only" (2018-01)
    EXPECT_TRUE(eventsInRange(fixture(), 2013.7, 2013.68).empty());
    EXPECT_EQ(eventsInRange(fixture(), 1990.0, 2036.0).size(), 4u);
}

TEST(Trade, SeriesNeverMixBases) {
    const auto chinese = tradeSeries(fixture(), "CHN", "KAZ", TradeBasis::ChinaCustoms);
    ASSERT_EQ(chinese.size(), 2u);
    EXPECT_EQ(chinese[0]->year, 2020);
    EXPECT_EQ(chinese[1]->year, 2021);
    const auto national = tradeSeries(fixture(), "KAZ", "CHN", TradeBasis::National);
    ASSERT_EQ(national.size(), 1u);
    EXPECT_DOUBLE_EQ(national[0]->valueUsd, 18e9);
    EXPECT_TRUE(tradeSeries(fixture(), "CHN", "KAZ", TradeBasis::National).empty());
}

}  // namespace
}  // namespace data
