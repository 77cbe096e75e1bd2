// The label cache: a stored set reads back equal, a damaged entry is a miss, and the key follows
// the content of the files the labels come from.
#include "scene/label_cache.h"

#include "scene/geometry_cache.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>

namespace {

std::string tempDir(const char* name) {
    const auto dir =
        std::filesystem::temp_directory_path() /
        ("corridor_labelcache_" + std::string(name) + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

scene::LabelSet sample() {
    scene::LabelSet s;
    scene::Label a;
    a.kind = scene::LabelKind::Water;
    a.text = {"Caspian Sea", "Каспийское море", "里海", ""};
    a.world = {1.5e6, -2.25e5};
    a.priority = 12;
    a.minZoom = 3.5;
    a.yearFrom = 2014.0;
    a.pointLabel = true;
    a.drawDot = true;
    a.symbolRadiusPt = 2.5f;
    s.labels.push_back(a);
    scene::Label b;
    b.kind = scene::LabelKind::Capital;
    b.text[0] = "Astana";
    b.symbolNeedsRoom = true;
    s.labels.push_back(b);
    s.obstacles.push_back({{10.0, 20.0}, 5.5f, 2017.0});
    s.warnings.push_back("x.shp: a warning to replay");
    return s;
}

TEST(LabelCache, RoundTrip) {
    const std::string dir = tempDir("rt");
    const scene::LabelSet s = sample();
    ASSERT_TRUE(scene::storeCachedLabels(dir, 42, s));
    const auto back = scene::loadCachedLabels(dir, 42);
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->labels.size(), 2u);
    const scene::Label& a = back->labels[0];
    EXPECT_EQ(a.kind, scene::LabelKind::Water);
    EXPECT_EQ(a.text[1], "Каспийское море");
    EXPECT_EQ(a.world, s.labels[0].world);
    EXPECT_EQ(a.priority, 12);
    EXPECT_EQ(a.minZoom, 3.5);
    EXPECT_EQ(a.maxZoom, scene::kNoZoomLimit);
    EXPECT_EQ(a.yearFrom, 2014.0);
    EXPECT_TRUE(a.pointLabel && a.drawDot && !a.symbolNeedsRoom);
    EXPECT_TRUE(back->labels[1].symbolNeedsRoom);
    ASSERT_EQ(back->obstacles.size(), 1u);
    EXPECT_EQ(back->obstacles[0].radiusPt, 5.5f);
    EXPECT_EQ(back->warnings, s.warnings);
    EXPECT_FALSE(scene::loadCachedLabels(dir, 43).has_value());  // another key
    std::filesystem::remove_all(dir);
}

TEST(LabelCache, DamagedEntriesAreMisses) {
    const std::string dir = tempDir("bad");
    ASSERT_TRUE(scene::storeCachedLabels(dir, 7, sample()));
    std::string path;
    for (const auto& e : std::filesystem::directory_iterator(dir)) path = e.path().string();
    ASSERT_FALSE(path.empty());
    const auto size = std::filesystem::file_size(path);
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(size / 2));
        f.put('\x7f');
    }
    EXPECT_FALSE(scene::loadCachedLabels(dir, 7).has_value());
    std::filesystem::resize_file(path, size / 3);
    EXPECT_FALSE(scene::loadCachedLabels(dir, 7).has_value());
    std::filesystem::remove_all(dir);
}

TEST(LabelCache, KeyFollowsTheWaterTable) {
    const std::string dir = tempDir("key");
    const std::string table = dir + "/water_labels.csv";
    {
        std::ofstream f(table);
        f << "name,name_ru,name_zh,ne_layer,ne_name,select_lon_min,select_lat_min,"
             "select_lon_max,select_lat_max\nAral Sea,,,ne_10m_lakes.shp,Aral Sea,,,,\n";
    }
    scene::LabelSourceOptions o;
    o.naturalEarthDir = dir;  // no shapefiles: they hash as missing, which is part of the key
    o.waterTable = table;
    const uint64_t k1 = scene::labelCacheKey(o, geo::ProjectionKind::Lcc);
    EXPECT_EQ(k1, scene::labelCacheKey(o, geo::ProjectionKind::Lcc));
    EXPECT_NE(k1, scene::labelCacheKey(o, geo::ProjectionKind::Albers));
    {
        std::ofstream f(table, std::ios::app);
        f << "Lake Balkhash,,,ne_10m_lakes.shp,Lake Balkhash,,,,\n";
    }
    EXPECT_NE(k1, scene::labelCacheKey(o, geo::ProjectionKind::Lcc));
    std::filesystem::remove_all(dir);
}

}  // namespace
