// Words for amounts, kinds and years as the tooltip and overlays show them.
#include "scene/describe.h"

#include <gtest/gtest.h>

namespace {

TEST(DescribeTest, FormatUsdKeepsThreeSignificantFigures) {
    EXPECT_EQ(scene::formatUsd(650e6), "$650 M");
    EXPECT_EQ(scene::formatUsd(1.2e9), "$1.2 bn");
    EXPECT_EQ(scene::formatUsd(1e9), "$1 bn");
    EXPECT_EQ(scene::formatUsd(24.6e9), "$24.6 bn");
    EXPECT_EQ(scene::formatUsd(100e6), "$100 M");
    EXPECT_EQ(scene::formatUsd(6.7e9), "$6.7 bn");
    EXPECT_EQ(scene::formatUsd(1.25e6), "$1.25 M");
    EXPECT_EQ(scene::formatUsd(40000), "$40,000");
    EXPECT_EQ(scene::formatUsd(0), "$0");
}

TEST(DescribeTest, AmountSaysItsKindAndWhenItsSourcesAreWeak) {
    data::Flow f;
    f.status = data::ProjectStatus::Operating;
    EXPECT_EQ(scene::describeAmount(f), "amount not sourced");
    f.amountUsd = 3e9;
    f.amountKind = data::AmountKind::TotalCost;
    f.confidence = data::Confidence::High;
    EXPECT_EQ(scene::describeAmount(f), "$3 bn total cost");
    f.amountKind = data::AmountKind::Loan;
    f.confidence = data::Confidence::Low;
    EXPECT_EQ(scene::describeAmount(f), "$3 bn loan (sources weak or conflicting)");
}

TEST(DescribeTest, MoneyNotSpentAndJointVenturesSaySo) {
    data::Flow f;
    f.amountUsd = 3.7e9;
    f.amountKind = data::AmountKind::AgreementValue;
    f.confidence = data::Confidence::Medium;
    f.status = data::ProjectStatus::Announced;
    EXPECT_EQ(scene::describeAmount(f), "$3.7 bn agreement value, announced or agreed, not spent");
    f.status = data::ProjectStatus::Suspended;
    EXPECT_EQ(scene::describeAmount(f),
              "$3.7 bn agreement value, not spent: the project is suspended");
    EXPECT_EQ(scene::describeShare(f), "");
    f.chineseSharePct = 50.0;
    f.amountUsd = 3.6e9;
    EXPECT_EQ(scene::describeShare(f),
              "joint venture: China's share 50% ($1.8 bn of the $3.6 bn, derived)");
}

TEST(DescribeTest, Years) {
    data::Flow f;
    f.yearStart = 2013;
    EXPECT_EQ(scene::describeYears(f), "since 2013");
    f.yearEnd = 2018;
    EXPECT_EQ(scene::describeYears(f), "2013\u20132018");
    f.yearEnd = 2013;
    EXPECT_EQ(scene::describeYears(f), "2013");
}

TEST(DescribeTest, EveryEnumHasWords) {
    for (auto k : {data::AmountKind::TotalCost, data::AmountKind::Loan, data::AmountKind::Contract,
                   data::AmountKind::AgreementValue, data::AmountKind::Equity}) {
        EXPECT_FALSE(scene::describe(k).empty());
    }
    for (auto s : {data::ProjectStatus::Announced, data::ProjectStatus::UnderConstruction,
                   data::ProjectStatus::Operating, data::ProjectStatus::Completed,
                   data::ProjectStatus::Suspended, data::ProjectStatus::Cancelled}) {
        EXPECT_FALSE(scene::describe(s).empty());
    }
    EXPECT_NE(scene::describe(data::Confidence::Low).find("conflict"), std::string::npos);
    EXPECT_EQ(scene::describe(data::Confidence::Low).find("estimate"), std::string::npos);
}

}  // namespace
