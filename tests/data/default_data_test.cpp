// The shipped data set (assets/data) loads with no errors and no warnings, every row names its
// source, and the presenter-facing rules of assets/data/README.md hold.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "data/check.h"
#include "data/dataset.h"
#include "data/flow_queries.h"
#include "data/timeline_queries.h"
#include "test_util.h"

namespace data {
namespace {

const LoadResult& shipped() {
    static const LoadResult result = loadDataset(test::shippedDataDir());
    return result;
}

bool isHttpUrl(const std::string& url) {
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

TEST(DefaultData, LoadsWithoutErrorsOrWarnings) {
    for (const Message& m : shipped().messages) ADD_FAILURE() << formatMessage(m);
    const Dataset& d = shipped().dataset;
    EXPECT_GE(d.places().size(), 50u);
    EXPECT_GE(d.flows().size(), 40u);
    EXPECT_GE(d.segments().size(), 30u);
    EXPECT_EQ(d.volumes().size(), 7u);
    EXPECT_GE(d.trade().size(), 40u);
    EXPECT_GE(d.events().size(), 60u);
}

TEST(DefaultData, EveryRowHasASource) {
    const Dataset& d = shipped().dataset;
    for (const Place& p : d.places()) EXPECT_FALSE(p.coordSource.empty()) << p.id;
    for (const Flow& f : d.flows()) {
        EXPECT_FALSE(f.source.empty()) << f.id;
        EXPECT_TRUE(isHttpUrl(f.sourceUrl)) << f.id;
    }
    for (const CorridorSegment& s : d.segments()) {
        EXPECT_FALSE(s.source.empty()) << s.id;
        EXPECT_TRUE(isHttpUrl(s.sourceUrl)) << s.id;
    }
    for (const CorridorVolume& v : d.volumes()) {
        EXPECT_FALSE(v.source.empty()) << v.year;
        EXPECT_TRUE(isHttpUrl(v.sourceUrl)) << v.year;
    }
    for (const TradeRow& t : d.trade()) {
        EXPECT_FALSE(t.source.empty()) << t.year << t.partner;
        EXPECT_TRUE(isHttpUrl(t.sourceUrl)) << t.year << t.partner;
    }
    for (const Event& e : d.events()) {
        EXPECT_FALSE(e.source.empty()) << e.title;
        EXPECT_TRUE(isHttpUrl(e.sourceUrl)) << e.title;
    }
}

TEST(DefaultData, AmountsSayWhatTheyMeasureAndDerivedFiguresAreLow) {
    for (const Flow& f : shipped().dataset.flows()) {
        if (f.amountUsd) {
            EXPECT_TRUE(f.amountKind.has_value()) << f.id;
        }
        if (f.note.find("DERIVED") != std::string::npos) {
            EXPECT_EQ(f.confidence, Confidence::Low) << f.id;
        }
    }
    for (const TradeRow& t : shipped().dataset.trade()) {
        if (t.note.find("DERIVED") != std::string::npos) {
            EXPECT_EQ(t.confidence, Confidence::Low) << t.year << t.partner;
        }
    }
}

TEST(DefaultData, TradeBasesFollowTheReporter) {
    for (const TradeRow& t : shipped().dataset.trade()) {
        if (t.basis == TradeBasis::ChinaCustoms) {
            EXPECT_EQ(t.reporter, "CHN") << t.year << t.partner;
        } else {
            EXPECT_EQ(t.partner, "CHN") << t.year << t.reporter;
        }
    }
}

TEST(DefaultData, OfficialsQuotesKeepTheirOwnBasisAndTeuScopesNeverBlend) {
    const Dataset& d = shipped().dataset;
    for (const TradeRow& t : d.trade()) {
        if ((t.year == 2008 || t.year == 2012) && t.reporter == "KAZ") {
            EXPECT_EQ(t.basis, TradeBasis::Unstated) << t.year;
        }
    }
    // 2008 and 2012 are Kazakh officials' figures of unstated basis: not in the customs series.
    for (const TradeRow* t : tradeSeries(d, "CHN", "KAZ", TradeBasis::ChinaCustoms)) {
        EXPECT_NE(t->year, 2008);
        EXPECT_NE(t->year, 2012);
    }
    // 2024's TEU counts KZ + AZ seaports, 2025's the whole route: no figure between them.
    const auto mid = corridorVolumeAt(d, 2024.5);
    ASSERT_TRUE(mid.has_value());
    EXPECT_FALSE(mid->teu.has_value());
    EXPECT_EQ(corridorVolumeAt(d, 2024.0)->teuScope, "kz_az_seaports");
    EXPECT_EQ(corridorVolumeAt(d, 2025.0)->teuScope, "route");
}

TEST(DefaultData, CoversTheSeedStory) {
    const Dataset& d = shipped().dataset;
    std::set<std::string> placeIds;
    for (const Place& p : d.places()) placeIds.insert(p.id);
    for (const char* id : {"lyg", "xian", "khorgos_kz", "dostyk", "aktau", "kuryk", "alat", "baku",
                           "tbilisi", "poti", "kars", "istanbul", "constanta", "astana"}) {
        EXPECT_EQ(placeIds.count(id), 1u) << id;
    }
    // Yearly corridor volumes 2019-2025, with the 2025 decline.
    for (int year = 2019; year <= 2025; ++year) {
        EXPECT_TRUE(corridorVolumeAt(d, year + 0.5).has_value()) << year;
    }
    EXPECT_LT(corridorVolumeAt(d, 2025.0)->tonnes, corridorVolumeAt(d, 2024.0)->tonnes);
    // The corridor is open across the Caspian and the Black Sea by 2020.
    std::set<std::string> open;
    for (const OpenSegment& s : segmentsOpenAt(d, 2020.0)) open.insert(d.segments()[s.index].id);
    for (const char* id : {"sea_aktau_alat", "btk_akhalkalaki_kars", "sea_poti_constanta",
                           "kz_zhezkazgan_beyneu", "tr_marmaray"}) {
        EXPECT_EQ(open.count(id), 1u) << id;
    }
    // The 2013 speech and the 17 June 2025 summit.
    EXPECT_FALSE(eventsInRange(d, toFractionalYear({2013, 9, 7}), 2013.7).empty());
    EXPECT_GE(
        eventsInRange(d, toFractionalYear({2025, 6, 17}), toFractionalYear({2025, 6, 18})).size(),
        3u);
    // Trade: GACC 2024 Kazakhstan and Central Asia totals.
    const auto kz = tradeSeries(d, "CHN", "KAZ", TradeBasis::ChinaCustoms);
    const auto ca = tradeSeries(d, "CHN", "XCA", TradeBasis::ChinaCustoms);
    EXPECT_GE(kz.size(), 10u);
    EXPECT_GE(ca.size(), 5u);
}

TEST(DefaultData, SeedCorrectionsAreShippedNotTheSeedClaims) {
    const Dataset& d = shipped().dataset;
    for (const TradeRow& t : d.trade()) {
        if (t.year == 2024 && t.reporter == "CHN" && t.partner == "XCA") {
            EXPECT_DOUBLE_EQ(t.valueUsd, 94.82e9);
        }
    }
    bool sawCoal = false;
    for (const Flow& f : d.flows()) {
        EXPECT_NE(f.amountUsd, 50e9) << f.id;  // the unsourced "$50 bn total" is not data
        if (f.id == "coal_gasification_karaganda") {
            sawCoal = true;
            EXPECT_FALSE(f.amountUsd.has_value());
            EXPECT_EQ(d.findPlace(f.destinationId)->id, "karagandy");
        }
        // Not Chinese-financed corridor projects are segments, never investments.
        EXPECT_EQ(f.name.find("Western Europe-Western China"), std::string::npos) << f.id;
    }
    EXPECT_TRUE(sawCoal);
}

TEST(DefaultData, CheckPassesWithAReadableSummary) {
    std::ostringstream out;
    EXPECT_EQ(runCheck(test::shippedDataDir(), out), kCheckOk) << out.str();
    const std::string text = out.str();
    for (const char* expected : {"investments.csv", "Years covered", "transport_logistics",
                                 "oil_gas_energy", "other_economic", "total_cost", "loan",
                                 "kinds are never added together", "0 warnings, 0 errors", "OK"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    }
}

TEST(Check, FailsWithExitCodeTwoOnErrors) {
    std::ostringstream out;
    EXPECT_EQ(runCheck(test::fixturePath("broken"), out), kCheckInputError);
    EXPECT_NE(out.str().find("error: " + test::fixturePath("broken") +
                             "/investments.csv:8: destination: unknown place id 'atlantis'"),
              std::string::npos)
        << out.str();
    EXPECT_NE(out.str().find("FAILED"), std::string::npos);
}

TEST(Check, MissingFolder) {
    std::ostringstream out;
    EXPECT_EQ(runCheck(test::fixturePath("no_such_folder"), out), kCheckInputError);
}

TEST(Check, FormatUsd) {
    EXPECT_EQ(formatUsd(1.25e9), "$1.25 bn");
    EXPECT_EQ(formatUsd(8e8), "$800.0 m");
    EXPECT_EQ(formatUsd(4e5), "$0.4 m");
}

}  // namespace
}  // namespace data
