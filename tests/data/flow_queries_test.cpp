#include "data/flow_queries.h"

#include <gtest/gtest.h>

#include "data/regions.h"
#include "test_util.h"

namespace data {
namespace {

const Dataset& fixture() {
    static const Dataset dataset = loadDataset(test::fixturePath("valid")).dataset;
    return dataset;
}

std::vector<std::string> visibleIds(const TimeSelection& time, const FlowFilter& filter = {}) {
    std::vector<std::string> ids;
    for (const VisibleFlow& v : visibleFlows(fixture(), time, filter)) {
        ids.push_back(fixture().flows()[v.index].id);
    }
    return ids;
}

using Ids = std::vector<std::string>;

struct TimeCase {
    TimeMode mode;
    double year;
    int window;
    Ids expected;
};

class FlowVisibility : public ::testing::TestWithParam<TimeCase> {};

TEST_P(FlowVisibility, Table) {
    const TimeCase& c = GetParam();
    EXPECT_EQ(visibleIds({c.mode, c.year, c.window}), c.expected) << c.year;
}

// f_rail 2013-2018, f_pipe 2010-, f_pipe_loan 2015-, f_mine 2016-, f_port 2017-, f_agri 2017-.
INSTANTIATE_TEST_SUITE_P(
    Modes, FlowVisibility,
    ::testing::Values(
        TimeCase{TimeMode::Cumulative, 2009.99, 1, {}},
        TimeCase{TimeMode::Cumulative, 2010.0, 1, {"f_pipe"}},
        TimeCase{TimeMode::Cumulative, 2015.5, 1, {"f_rail", "f_pipe", "f_pipe_loan"}},
        TimeCase{TimeMode::Cumulative,
                 2018.99,
                 1,
                 {"f_rail", "f_pipe", "f_pipe_loan", "f_mine", "f_port", "f_agri"}},
        TimeCase{TimeMode::Cumulative,
                 2019.0,
                 1,
                 {"f_pipe", "f_pipe_loan", "f_mine", "f_port", "f_agri"}},
        TimeCase{TimeMode::SingleYear, 2013.0, 1, {"f_rail"}},
        TimeCase{TimeMode::SingleYear, 2017.7, 1, {"f_port", "f_agri"}},
        TimeCase{TimeMode::SingleYear, 2014.5, 1, {}},
        TimeCase{TimeMode::Window, 2017.9, 3, {"f_pipe_loan", "f_mine", "f_port", "f_agri"}},
        TimeCase{TimeMode::Window, 2017.9, 1, {"f_port", "f_agri"}},
        TimeCase{TimeMode::Window, 2017.9, 0, {"f_port", "f_agri"}},
        TimeCase{TimeMode::Window, 2014.0, 5, {"f_rail", "f_pipe"}},
        TimeCase{TimeMode::All,
                 1990.0,
                 1,
                 {"f_rail", "f_pipe", "f_pipe_loan", "f_mine", "f_port", "f_agri"}}));

TEST(FlowQueries, IssueExampleStartingIn2013AndEndingIn2018) {
    Flow flow;
    flow.yearStart = 2013;
    flow.yearEnd = 2018;
    EXPECT_TRUE(matchesTime(flow, {TimeMode::Cumulative, 2015.5, 1}));
    EXPECT_FALSE(matchesTime(flow, {TimeMode::Cumulative, 2019.0, 1}));
    EXPECT_FALSE(matchesTime(flow, {TimeMode::Cumulative, 2012.9, 1}));
}

TEST(FlowQueries, ProgressGrowsThroughTheStartYear) {
    const auto visible = visibleFlows(fixture(), {TimeMode::Cumulative, 2015.25, 1});
    ASSERT_EQ(visible.size(), 3u);
    EXPECT_DOUBLE_EQ(visible[0].progress, 1.0);   // f_rail, started 2013
    EXPECT_DOUBLE_EQ(visible[2].progress, 0.25);  // f_pipe_loan, started 2015
    EXPECT_DOUBLE_EQ(visibleFlows(fixture(), {TimeMode::All, 2000.0, 1})[2].progress, 1.0);
}

TEST(FlowQueries, Filters) {
    const TimeSelection all{TimeMode::All, 0.0, 1};
    FlowFilter f;
    f.sectors = {Sector::OilGasEnergy};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_pipe", "f_pipe_loan"}));
    f = {};
    f.subsectors = {"port", "mining"};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_mine", "f_port"}));
    f = {};
    f.countries = {"KAZ"};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_rail", "f_pipe", "f_mine", "f_agri"}));
    f = {};
    f.statuses = {ProjectStatus::Announced};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_mine", "f_agri"}));
    f = {};
    f.confidences = {Confidence::High};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_rail", "f_agri"}));
    f = {};
    f.roles = {ChineseRole::Lender};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_rail", "f_pipe_loan"}));
    f = {};
    f.amountKinds = {AmountKind::TotalCost};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_pipe", "f_port"}));
    f = {};
    f.minAmountUsd = 1e8;
    f.maxAmountUsd = 2e8;  // inclusive; f_mine has no amount and fails a set range
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_rail", "f_port"}));
    f = {};
    f.sectors = {Sector::OtherEconomic};
    f.countries = {"KAZ"};
    f.confidences = {Confidence::Low};
    EXPECT_EQ(visibleIds(all, f), (Ids{"f_mine"}));
}

TEST(FlowQueries, TotalsKeepAmountKindsApart) {
    const AmountTotals t = totalOf(fixture(), {TimeMode::All, 0.0, 1});
    EXPECT_EQ(t.flowCount, 6);
    EXPECT_EQ(t.withoutAmount, 1);
    EXPECT_DOUBLE_EQ(t.usdByKind.at(AmountKind::Loan), 1.5e8);
    EXPECT_DOUBLE_EQ(t.usdByKind.at(AmountKind::TotalCost), 5e8);
    EXPECT_DOUBLE_EQ(t.usdByKind.at(AmountKind::AgreementValue), 8e7);
    EXPECT_EQ(t.usdByKind.count(AmountKind::Equity), 0u);
    EXPECT_EQ(t.countByKind.at(AmountKind::Loan), 2);

    const auto byCountry = totalsByDestinationCountry(fixture(), {TimeMode::Cumulative, 2015.5, 1});
    ASSERT_EQ(byCountry.size(), 2u);
    EXPECT_DOUBLE_EQ(byCountry.at("KAZ").usdByKind.at(AmountKind::Loan), 1e8);
    EXPECT_DOUBLE_EQ(byCountry.at("KAZ").usdByKind.at(AmountKind::TotalCost), 3e8);
    EXPECT_DOUBLE_EQ(byCountry.at("UZB").usdByKind.at(AmountKind::Loan), 5e7);

    const auto byRegion = totalsByRegion(fixture(), {TimeMode::All, 0.0, 1});
    EXPECT_EQ(byRegion.at("central_asia").flowCount, 5);
    EXPECT_EQ(byRegion.at("south_caucasus").flowCount, 1);

    const auto bySector = totalsBySector(fixture(), {TimeMode::SingleYear, 2017.0, 1});
    EXPECT_DOUBLE_EQ(bySector.at(Sector::TransportLogistics).usdByKind.at(AmountKind::TotalCost),
                     2e8);
    EXPECT_DOUBLE_EQ(bySector.at(Sector::OtherEconomic).usdByKind.at(AmountKind::AgreementValue),
                     8e7);
}

// Adds up per-kind totals of a grouped result.
template <typename Key>
AmountTotals sumGroups(const std::map<Key, AmountTotals>& groups) {
    AmountTotals sum;
    for (const auto& [key, t] : groups) {
        for (const auto& [kind, usd] : t.usdByKind) sum.usdByKind[kind] += usd;
        for (const auto& [kind, n] : t.countByKind) sum.countByKind[kind] += n;
        sum.flowCount += t.flowCount;
        sum.withoutAmount += t.withoutAmount;
    }
    return sum;
}

void expectSameTotals(const AmountTotals& a, const AmountTotals& b, const std::string& what) {
    EXPECT_EQ(a.flowCount, b.flowCount) << what;
    EXPECT_EQ(a.withoutAmount, b.withoutAmount) << what;
    EXPECT_EQ(a.countByKind, b.countByKind) << what;
    ASSERT_EQ(a.usdByKind.size(), b.usdByKind.size()) << what;
    for (const auto& [kind, usd] : a.usdByKind) {
        EXPECT_NEAR(usd, b.usdByKind.at(kind), 1e-6 * usd) << what;
    }
}

void checkInvariants(const Dataset& d) {
    std::vector<TimeSelection> times = {{TimeMode::All, 0.0, 1}};
    for (double year = 1995.0; year <= 2030.0; year += 0.5) {
        times.push_back({TimeMode::Cumulative, year, 1});
        times.push_back({TimeMode::SingleYear, year, 1});
        times.push_back({TimeMode::Window, year, 3});
    }
    FlowFilter narrow;
    narrow.confidences = {Confidence::High, Confidence::Medium};
    narrow.minAmountUsd = 1.0;
    for (const TimeSelection& time : times) {
        const std::string what = "mode " + std::to_string(static_cast<int>(time.mode)) + " at " +
                                 std::to_string(time.year);
        const AmountTotals total = totalOf(d, time);
        expectSameTotals(sumGroups(totalsBySector(d, time)), total, what + " sectors");
        expectSameTotals(sumGroups(totalsByDestinationCountry(d, time)), total,
                         what + " countries");
        expectSameTotals(sumGroups(totalsByRegion(d, time)), total, what + " regions");
        EXPECT_EQ(total.flowCount, static_cast<int>(visibleFlows(d, time).size())) << what;
        // Filters only remove: every kind's filtered sum is at most the unfiltered one.
        const AmountTotals filtered = totalOf(d, time, narrow);
        EXPECT_LE(filtered.flowCount, total.flowCount) << what;
        for (const auto& [kind, usd] : filtered.usdByKind) {
            EXPECT_LE(usd, total.usdByKind.at(kind) * (1 + 1e-12)) << what;
        }
        const auto all = visibleFlows(d, time);
        for (const VisibleFlow& v : visibleFlows(d, time, narrow)) {
            EXPECT_TRUE(std::any_of(all.begin(), all.end(),
                                    [&](const VisibleFlow& w) { return w.index == v.index; }));
        }
    }
}

TEST(FlowQueries, TotalsInvariantsOnTheFixture) {
    checkInvariants(fixture());
}

TEST(FlowQueries, TotalsInvariantsOnTheShippedData) {
    checkInvariants(loadDataset(test::shippedDataDir()).dataset);
}

TEST(FlowQueries, MaxAmountIsOverTheWholeDataSet) {
    EXPECT_EQ(maxAmountUsd(fixture()), 3e8);
    EXPECT_EQ(maxAmountUsd(fixture(), AmountKind::Loan), 1e8);
    EXPECT_FALSE(maxAmountUsd(fixture(), AmountKind::Equity).has_value());
    EXPECT_FALSE(maxAmountUsd(Dataset{}).has_value());
}

TEST(Regions, Classification) {
    EXPECT_EQ(regionOfCountry("KAZ"), "central_asia");
    EXPECT_EQ(regionOfCountry("TKM"), "central_asia");
    EXPECT_EQ(regionOfCountry("CHN"), "china");
    EXPECT_EQ(regionOfCountry("GEO"), "south_caucasus");
    EXPECT_EQ(regionOfCountry("TUR"), "turkiye");
    EXPECT_EQ(regionOfCountry("ROU"), "europe");
    EXPECT_EQ(regionOfCountry("USA"), "other");
    EXPECT_EQ(regionOfCountry(""), "other");
    EXPECT_EQ(regionNames().size(), 6u);
}

}  // namespace
}  // namespace data
