// Labels from the real Natural Earth layers and the repo's water table: countries with their
// Russian and Chinese names, capitals marked, the four water bodies over water, Kazakhstan's
// regions only when zoomed in; label points of polygons.
#include "scene/label_sources.h"
#include "geo/rings.h"
#include "scene/label_point.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace {

using namespace scene;

std::string naturalEarthDir() {
    if (const char* env = std::getenv("NATURAL_EARTH_DIR"); env && *env) return env;
    return std::string(CORRIDOR_SOURCE_DIR) + "/maps/naturalearth";
}

const Label* find(const LabelSet& set, LabelKind kind, const std::string& en) {
    for (const auto& l : set.labels)
        if (l.kind == kind && l.text[0] == en) return &l;
    return nullptr;
}

TEST(LabelPoint, DeepInsideACrescent) {
    // A "C" shape: its centroid lies in the gap, the label point must not.
    geo::Polygon c;
    c.outer = {{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}, {0, 0}};
    const auto p = polygonLabelPoint({c});
    ASSERT_TRUE(p);
    EXPECT_TRUE(geo::pointInRing(*p, c.outer));
    EXPECT_LT(p->x, 2.0);
    EXPECT_FALSE(polygonLabelPoint({}));
}

TEST(LabelSources, NaturalEarthCountriesCitiesWaterRegions) {
    const std::string dir = naturalEarthDir();
    ASSERT_TRUE(std::filesystem::exists(dir + "/ne_10m_admin_0_countries.shp"))
        << "Natural Earth data not found in " << dir << ": set NATURAL_EARTH_DIR";
    std::string err;
    const auto projection = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
    ASSERT_TRUE(projection) << err;
    LabelSourceOptions o;
    o.naturalEarthDir = dir;
    o.waterTable = std::string(CORRIDOR_SOURCE_DIR) + "/maps/water_labels.csv";
    o.clip = {0.0, 22.0, 125.0, 62.0};
    const LabelSet set = naturalEarthLabels(o, *projection);
    EXPECT_TRUE(set.warnings.empty()) << set.warnings.front();

    const Label* kz = find(set, LabelKind::Country, "KAZAKHSTAN");
    ASSERT_TRUE(kz);
    EXPECT_EQ(kz->text[1], "КАЗАХСТАН");
    EXPECT_EQ(kz->text[2], "哈萨克斯坦");
    const Label* astana = nullptr;
    for (const auto& l : set.labels)
        if (l.kind == LabelKind::Capital && l.text[1].find("Астана") != std::string::npos)
            astana = &l;
    ASSERT_TRUE(astana) << "Kazakhstan's capital";
    EXPECT_TRUE(astana->pointLabel);
    EXPECT_LT(astana->priority, find(set, LabelKind::City, "Karaganda")
                                    ? find(set, LabelKind::City, "Karaganda")->priority
                                    : 1000);

    for (const char* water : {"Caspian Sea", "Aral Sea", "Lake Balkhash", "Black Sea"}) {
        const Label* w = find(set, LabelKind::Water, water);
        ASSERT_TRUE(w) << water;
        EXPECT_FALSE(w->text[1].empty()) << water;
    }
    // The Caspian's label point lies in the sea, between its shores (about 49-52 E, 38-44 N).
    const geo::LonLat caspian =
        projection->inverse(find(set, LabelKind::Water, "Caspian Sea")->world);
    EXPECT_NEAR(caspian.lon, 50.5, 2.0);
    EXPECT_NEAR(caspian.lat, 41.0, 3.0);

    int regions = 0;
    for (const auto& l : set.labels)
        if (l.kind == LabelKind::Region) {
            ++regions;
            EXPECT_GE(l.minZoom, kRegionMinZoom);
        }
    EXPECT_GE(regions, 14);
}

TEST(LabelSources, TimelineNodesProjectsAndObstacles) {
    std::string err;
    const auto projection = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
    ASSERT_TRUE(projection) << err;
    const data::LoadResult data =
        data::loadDataset(std::string(CORRIDOR_SOURCE_DIR) + "/assets/data");
    ASSERT_TRUE(data.ok());
    const TimelineGeometry timeline = buildTimelineGeometry(data.dataset, *projection);
    const LabelSet set = timelineLabels(data.dataset, timeline);
    EXPECT_EQ(set.obstacles.size(), timeline.nodes.size());
    // Map names drop the qualifications places.csv gives some places.
    const Label* alat = find(set, LabelKind::Node, "Alat");
    ASSERT_TRUE(alat);
    const Label* aktau = find(set, LabelKind::Node, "Aktau");
    ASSERT_TRUE(aktau);
    EXPECT_EQ(aktau->text[1], "Актау");
    EXPECT_TRUE(aktau->pointLabel);
    int projects = 0;
    for (const auto& l : set.labels)
        if (l.kind == LabelKind::Project) {
            ++projects;
            EXPECT_GE(l.minZoom, kProjectMinZoom);
        }
    EXPECT_GT(projects, 0);
    // Merged with a Natural Earth city at the same place, the node label stays and the city goes.
    LabelSet base;
    Label city;
    city.kind = LabelKind::City;
    city.text = {"Aktau", "Актау (NE)", "阿克套", ""};
    city.world = aktau->world + glm::dvec2(5e3, 0.0);
    base.labels.push_back(city);
    const LabelSet merged = mergeLabelSets(base, set);
    EXPECT_FALSE(find(merged, LabelKind::City, "Aktau"));
    EXPECT_EQ(find(merged, LabelKind::Node, "Aktau")->text[1], "Актау");  // places.csv wins
}

TEST(LabelSources, MissingFilesWarnAndTheRestBuilds) {
    std::string err;
    const auto projection = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
    ASSERT_TRUE(projection) << err;
    LabelSourceOptions o;
    o.naturalEarthDir = "/nonexistent-corridor-dir";
    o.waterTable = "/nonexistent-corridor-dir/water.csv";
    const LabelSet set = naturalEarthLabels(o, *projection);
    EXPECT_TRUE(set.labels.empty());
    EXPECT_GE(set.warnings.size(), 4u);
}

}  // namespace
