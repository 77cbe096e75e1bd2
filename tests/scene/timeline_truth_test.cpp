// What the default map claims must be what the data sources say: nothing under construction
// before its works began, unbuilt projects never set the arc scale nor fill a destination disc,
// the tonnage only where the figure applies, joint ventures marked with China's share.
#include "data/dataset.h"
#include "data/flow_queries.h"
#include "geo/projection.h"
#include "lcc_projection.h"
#include "scene/timeline_geometry.h"
#include "scene/volume_series.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>

namespace {

using testutil::lcc;

data::Dataset defaultData() {
    data::LoadResult loaded = data::loadDataset(CORRIDOR_SOURCE_DIR "/assets/data");
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded.dataset);
}

const data::Flow* flowById(const data::Dataset& d, const std::string& id) {
    for (const data::Flow& f : d.flows()) {
        if (f.id == id) return &f;
    }
    return nullptr;
}

const data::CorridorSegment& segmentOf(const data::Dataset& d, const scene::TimelineGeometry& g,
                                       const scene::RouteSegmentGeometry& r) {
    (void)g;
    return d.segments()[r.segmentIndex];
}

TEST(TimelineTruth, NothingUnderConstructionIsDrawnBeforeItsStart) {
    const data::Dataset d = defaultData();
    const scene::TimelineGeometry g = scene::buildTimelineGeometry(d, lcc());
    int notOperating = 0;
    for (const auto& r : g.route) {
        const data::CorridorSegment& s = segmentOf(d, g, r);
        if (s.status == data::SegmentStatus::Operating) continue;
        ++notOperating;
        ASSERT_TRUE(s.start.has_value()) << s.id;
        for (const double year : {2013.5, 2018.5}) {
            if (year < *s.start) {
                EXPECT_FALSE(scene::routeDrawnAt(r, year)) << s.id << " drawn in " << year;
            }
        }
        EXPECT_TRUE(scene::routeDrawnAt(r, 2025.9)) << s.id;
    }
    // Bakhty-Ayagoz (works from Dec 2023) and the CKU railway (agreed Jun 2024).
    EXPECT_EQ(notOperating, 2);
}

TEST(TimelineTruth, TheMapsOf2013And2018ShowNoLineThatDidNotExist) {
    const data::Dataset d = defaultData();
    const scene::TimelineGeometry g = scene::buildTimelineGeometry(d, lcc());
    for (const double year : {2013.5, 2018.5}) {
        for (const auto& r : g.route) {
            const data::CorridorSegment& s = segmentOf(d, g, r);
            if (!scene::routeDrawnAt(r, year)) continue;
            EXPECT_EQ(s.status, data::SegmentStatus::Operating) << s.id << " in " << year;
            EXPECT_NE(s.id, "kz_moiynty_zhezkazgan");  // no such railway
            if (s.yearOpen) {
                EXPECT_LE(*s.yearOpen, year) << s.id;
            }
        }
    }
    // The Caspian is crossed from the first TITR train (July 2015), before Alat (2017).
    bool crossing2016 = false;
    for (const auto& r : g.route) {
        crossing2016 |= segmentOf(d, g, r).mode == data::TransportMode::Sea &&
                        segmentOf(d, g, r).carriesVolume && scene::routeDrawnAt(r, 2016.5);
    }
    EXPECT_TRUE(crossing2016);
}

TEST(TimelineTruth, UnbuiltProjectsNeverSetTheScaleNorFillADisc) {
    const data::Dataset d = defaultData();
    const scene::TimelineGeometry g = scene::buildTimelineGeometry(d, lcc());
    const data::Flow* lineD = flowById(d, "cagp_line_d");
    ASSERT_NE(lineD, nullptr);
    ASSERT_TRUE(lineD->amountUsd.has_value());
    EXPECT_LT(g.scale.maxAmountUsd, *lineD->amountUsd);
    EXPECT_EQ(g.scale.maxAmountUsd, *data::maxRealisedAmountUsd(d));
    for (const auto& arc : g.arcs) {
        const data::Flow& f = d.flows()[arc.flowIndex];
        EXPECT_LE(arc.widthPt, g.scale.maxWidthPt) << f.id;
        if (f.status == data::ProjectStatus::Suspended ||
            f.status == data::ProjectStatus::Cancelled) {
            EXPECT_TRUE(arc.flags & scene::kArcHalted) << f.id;
        } else if (!data::isRealised(f.status)) {
            EXPECT_TRUE(arc.flags & scene::kArcUnrealised) << f.id;
        } else {
            EXPECT_FALSE(arc.flags & (scene::kArcUnrealised | scene::kArcHalted)) << f.id;
        }
    }
    // Dushanbe's disc holds what was built there, not Line D's $6.7 bn estimate.
    const data::Place* dushanbe = d.findPlace("dushanbe");
    ASSERT_NE(dushanbe, nullptr);
    const auto index = static_cast<uint32_t>(dushanbe - d.places().data());
    for (const auto& m : g.markers) {
        if (m.placeIndex != index) continue;
        EXPECT_LT(scene::markerAmountAt(m, 2025.9), 1e9f);
    }
}

TEST(TimelineTruth, KazakhTerminalsInChinaAreNotChineseInvestment) {
    const data::Dataset d = defaultData();
    EXPECT_EQ(flowById(d, "lianyungang_kz_terminal"), nullptr);
    EXPECT_EQ(flowById(d, "xian_kz_terminal"), nullptr);
    for (const data::Flow& f : d.flows()) {
        const data::Place* dest = d.findPlace(f.destinationId);
        ASSERT_NE(dest, nullptr) << f.id;
        EXPECT_NE(dest->country, "CHN") << f.id << " ends in China";
    }
}

TEST(TimelineTruth, JointVenturesCarryChinasShare) {
    const data::Dataset d = defaultData();
    const scene::TimelineGeometry g = scene::buildTimelineGeometry(d, lcc());
    for (const char* id : {"kz_cn_oil_pipeline", "bbs_gas_pipeline"}) {
        const data::Flow* f = flowById(d, id);
        ASSERT_NE(f, nullptr) << id;
        ASSERT_TRUE(f->chineseSharePct.has_value()) << id;
        EXPECT_DOUBLE_EQ(*f->chineseSharePct, 50.0);
        const uint32_t flags = scene::arcFlagsFor(*f);
        EXPECT_TRUE(flags & scene::kArcJointVenture);
        EXPECT_EQ((flags >> scene::kArcShareShift) & 255u, 50u);
    }
}

TEST(TimelineTruth, TheTonnageShowsOnlyWhereTheFigureAppliesAndForItsOwnYear) {
    const data::Dataset d = defaultData();
    const scene::TimelineGeometry g = scene::buildTimelineGeometry(d, lcc());
    const scene::VolumeSeries v = scene::volumeSeries(d);
    int carrying = 0;
    for (const auto& r : g.route) {
        if (!r.carriesVolume) continue;
        ++carrying;
        EXPECT_EQ(r.mode, data::TransportMode::Sea) << d.segments()[r.segmentIndex].id;
    }
    EXPECT_GE(carrying, 2);
    // Late 2024 still carries 2024's 4.48 Mt, not a blend toward 2025's 4.12 Mt.
    EXPECT_FLOAT_EQ(scene::volumeDensityAt(v, 2024.9), static_cast<float>(4484000.0 / v.maxTonnes));
    const auto tag2024 = scene::volumeTag(v, g.route, 2024.9);
    ASSERT_TRUE(tag2024.has_value());
    EXPECT_EQ(tag2024->title, "4.48 Mt in 2024");
    const auto tag2025 = scene::volumeTag(v, g.route, 2025.99);
    ASSERT_TRUE(tag2025.has_value());
    EXPECT_EQ(tag2025->title, "4.12 Mt in 2025");
    EXPECT_FALSE(scene::volumeTag(v, g.route, 2012.5).has_value());  // no figure before 2019
}

}  // namespace
