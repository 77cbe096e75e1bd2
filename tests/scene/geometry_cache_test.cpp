// The geometry cache: a second build loads every layer from the cache with the same geometry;
// a changed input file (a temp copy, edited) rebuilds only its own layers; a corrupt or truncated
// entry is ignored and rebuilt; simplified fills stay within their tolerance; the fills' outline
// edges are stored with them and read back unchanged, and an entry of an older format is a miss.
#include "scene/geometry_cache.h"

#include "geo/clip.h"
#include "geo/geos_context.h"
#include "scene/map_data.h"
#include "scene/polygon_edges.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>

namespace {

using testutil::rectRing;

constexpr const char* kWgs84 =
    "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
    "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

// A wiggly ring (a circle with a saw-tooth edge) in lon/lat: something to simplify.
geo::Path wigglyRing(double lon, double lat, double r, int n, double wiggle = 0.01) {
    geo::Path ring;
    for (int i = 0; i < n; ++i) {
        const double a = -2.0 * M_PI * i / n;  // clockwise: a shapefile outer ring
        const double rr = r * (1.0 + wiggle * ((i % 2) ? 1.0 : -1.0));
        ring.push_back({lon + rr * std::cos(a), lat + rr * std::sin(a)});
    }
    ring.push_back(ring.front());
    return ring;
}

scene::LayerDef layer(const std::string& id, scene::LayerKind kind, const std::string& file) {
    scene::LayerDef d;
    d.id = id;
    d.kind = kind;
    d.file = file;
    scene::LayerStyle s;
    s.fill = scene::Rgba{0.5f, 0.5f, 0.5f, 1.f};
    s.stroke = scene::Rgba{0.f, 0.f, 0.f, 1.f};
    s.strokeWidthPt = 1.f;
    d.styles["dark"] = s;
    return d;
}

class GeometryCacheTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = testutil::makeTempDir("cache-inputs");
        m_cache = testutil::makeTempDir("cache");
        testutil::writeShapefile(
            m_dir + "/lakes", SHPT_POLYGON, {"NAME"},
            {{{wigglyRing(60, 45, 3, 2000)}, {"Round"}}, {{rectRing(70, 40, 72, 42)}, {"Square"}}});
        testutil::writeShapefile(m_dir + "/rivers", SHPT_ARC, {"NAME"},
                                 {{{{{55, 45}, {60, 47}, {65, 44}}}, {"River"}}});
        // With a .prj, so the files read without a warning (a file read with warnings is not
        // cached: its messages must show every time).
        for (const char* stem : {"/lakes.prj", "/rivers.prj"})
            testutil::writeTextFile(m_dir + stem, kWgs84);
        m_manifest.clip = {50.0, 35.0, 80.0, 55.0};
        m_manifest.home = m_manifest.clip;
        m_manifest.layers = {layer("lakes", scene::LayerKind::Polygon, "lakes.shp"),
                             layer("rivers", scene::LayerKind::Line, "rivers.shp")};
        m_options.naturalEarthDir = m_dir;
        m_options.cacheDir = m_cache;
        m_options.threads = 2;
    }
    void TearDown() override {
        std::filesystem::remove_all(m_dir);
        std::filesystem::remove_all(m_cache);
    }
    std::vector<std::filesystem::path> entries() const {
        std::vector<std::filesystem::path> out;
        for (const auto& e : std::filesystem::directory_iterator(m_cache)) out.push_back(e.path());
        return out;
    }

    std::string m_dir, m_cache;
    scene::Manifest m_manifest;
    scene::BuildOptions m_options;
};

// Same edges in the same order (the rim's pixels depend on nothing else).
void expectSameEdges(const std::vector<scene::FillEdge>& a, const std::vector<scene::FillEdge>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].a, b[i].a) << i;
        EXPECT_EQ(a[i].b, b[i].b) << i;
        EXPECT_EQ(a[i].left, b[i].left) << i;
        EXPECT_EQ(a[i].right, b[i].right) << i;
    }
}

void expectSameGeometry(const scene::LayerGeometry& a, const scene::LayerGeometry& b) {
    EXPECT_EQ(a.fill.positions, b.fill.positions);
    EXPECT_EQ(a.fill.indices, b.fill.indices);
    EXPECT_EQ(a.vertexFeature, b.vertexFeature);
    EXPECT_EQ(a.lines, b.lines);
    EXPECT_EQ(a.lineBands, b.lineBands);
    ASSERT_EQ(a.features.size(), b.features.size());
    for (size_t i = 0; i < a.fillBands.size(); ++i) {
        EXPECT_EQ(a.fillBands[i].mesh.positions, b.fillBands[i].mesh.positions);
        EXPECT_EQ(a.fillBands[i].mesh.indices, b.fillBands[i].mesh.indices);
        expectSameEdges(a.fillBands[i].edges, b.fillBands[i].edges);
    }
    expectSameEdges(a.fillEdges, b.fillEdges);
    EXPECT_EQ(a.loaded, b.loaded);
}

TEST_F(GeometryCacheTest, SecondBuildComesFromTheCacheUnchanged) {
    const scene::MapData cold = scene::buildMap(m_manifest, m_options);
    EXPECT_EQ(cold.timings.cacheHits, 0);
    EXPECT_EQ(cold.timings.cacheMisses, 2);
    EXPECT_EQ(entries().size(), 2u);
    const scene::MapData warm = scene::buildMap(m_manifest, m_options);
    EXPECT_EQ(warm.timings.cacheHits, 2);
    EXPECT_EQ(warm.timings.readMs < 1e9, true);
    ASSERT_EQ(warm.geometry.size(), cold.geometry.size());
    for (size_t i = 0; i < cold.geometry.size(); ++i)
        expectSameGeometry(cold.geometry[i], warm.geometry[i]);
}

TEST_F(GeometryCacheTest, FillEdgesAreFoundOnTheColdBuildAndReadBackOnTheWarmOne) {
    const scene::MapData cold = scene::buildMap(m_manifest, m_options);
    const scene::LayerGeometry& lakes = cold.geometry[0];
    // Built with the layer: exactly what fillEdges finds for each mesh, in its order.
    ASSERT_FALSE(lakes.fillEdges.empty());
    expectSameEdges(lakes.fillEdges, scene::fillEdges(lakes.fill, lakes.vertexFeature));
    for (const auto& band : lakes.fillBands) {
        ASSERT_FALSE(band.edges.empty());
        expectSameEdges(band.edges, scene::fillEdges(band.mesh, band.vertexFeature));
    }
    EXPECT_TRUE(cold.geometry[1].fillEdges.empty());  // the rivers have no fill
    const scene::MapData warm = scene::buildMap(m_manifest, m_options);
    ASSERT_EQ(warm.timings.cacheHits, 2);
    expectSameEdges(warm.geometry[0].fillEdges, lakes.fillEdges);
    for (size_t b = 0; b < lakes.fillBands.size(); ++b)
        expectSameEdges(warm.geometry[0].fillBands[b].edges, lakes.fillBands[b].edges);
}

TEST_F(GeometryCacheTest, EdgesRoundTripThroughAnEntry) {
    scene::CachedLayer layer;
    scene::LayerGeometry& g = layer.geometry;
    g.features.resize(2);
    g.fill.positions = {{0, 0}, {1, 0}, {0, 1}};
    g.fill.indices = {0, 1, 2};
    g.vertexFeature = {0, 0, 0};
    g.fillEdges = {{{0.25, -1e7}, {1.5, 3.0}, 1, scene::kNoFeature}, {{-2, 2}, {7, 9}, 0, 1}};
    g.fillBands[1].edges = {{{5, 6}, {7, 8}, 1, 0}};
    g.loaded = true;
    ASSERT_TRUE(scene::storeCachedLayer(m_cache, 42, layer));
    const auto back = scene::loadCachedLayer(m_cache, 42);
    ASSERT_TRUE(back);
    expectSameEdges(back->geometry.fillEdges, g.fillEdges);
    expectSameEdges(back->geometry.fillBands[1].edges, g.fillBands[1].edges);
    EXPECT_TRUE(back->geometry.fillBands[0].edges.empty());
    // An edge naming a feature the layer lacks would index past the colour table: a miss.
    g.fillEdges[0].right = 2;
    ASSERT_TRUE(scene::storeCachedLayer(m_cache, 43, layer));
    EXPECT_FALSE(scene::loadCachedLayer(m_cache, 43));
}

TEST_F(GeometryCacheTest, AnEntryOfTheOldFormatVersionIsAMiss) {
    // Only the square lake: two builds of it are quick.
    testutil::writeShapefile(m_dir + "/lakes", SHPT_POLYGON, {"NAME"},
                             {{{rectRing(70, 40, 72, 42)}, {"Square"}}});
    scene::buildMap(m_manifest, m_options);
    for (const auto& file : entries()) {
        // The header: 8 bytes of magic, then the version. Version 1 entries have no edges.
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        uint32_t version = 0;
        f.seekg(8);
        f.read(reinterpret_cast<char*>(&version), sizeof version);
        EXPECT_GE(version, 2u);
        version = 1;
        f.seekp(8);
        f.write(reinterpret_cast<const char*>(&version), sizeof version);
    }
    const scene::MapData m = scene::buildMap(m_manifest, m_options);
    EXPECT_EQ(m.timings.cacheHits, 0);
    EXPECT_EQ(m.timings.cacheMisses, 2);
    EXPECT_FALSE(m.geometry[0].fillEdges.empty());
}

TEST_F(GeometryCacheTest, AChangedInputRebuildsOnlyItsLayer) {
    scene::buildMap(m_manifest, m_options);
    // Edit the temp copy of the lakes: one more lake.
    testutil::writeShapefile(m_dir + "/lakes", SHPT_POLYGON, {"NAME"},
                             {{{wigglyRing(60, 45, 3, 2000)}, {"Round"}},
                              {{rectRing(70, 40, 72, 42)}, {"Square"}},
                              {{rectRing(74, 40, 75, 41)}, {"New"}}});
    testutil::writeTextFile(m_dir + "/lakes.prj", kWgs84);
    const scene::MapData m = scene::buildMap(m_manifest, m_options);
    EXPECT_EQ(m.timings.cacheHits, 1);    // the rivers
    EXPECT_EQ(m.timings.cacheMisses, 1);  // the lakes, rebuilt
    EXPECT_EQ(m.geometry[0].features.size(), 3u);
    // A changed setting (the projection) rebuilds everything.
    scene::BuildOptions albers = m_options;
    albers.projection = geo::ProjectionKind::Albers;
    EXPECT_EQ(scene::buildMap(m_manifest, albers).timings.cacheHits, 0);
}

TEST_F(GeometryCacheTest, CorruptAndTruncatedEntriesAreRebuilt) {
    const scene::MapData cold = scene::buildMap(m_manifest, m_options);
    auto files = entries();
    ASSERT_EQ(files.size(), 2u);
    // Flip a byte in the middle of one entry, cut the other short.
    {
        std::fstream f(files[0], std::ios::in | std::ios::out | std::ios::binary);
        const auto size = std::filesystem::file_size(files[0]);
        f.seekg(static_cast<std::streamoff>(size / 2));
        char c = 0;
        f.read(&c, 1);
        f.seekp(static_cast<std::streamoff>(size / 2));
        c = static_cast<char>(c ^ 0x5A);
        f.write(&c, 1);
    }
    std::filesystem::resize_file(files[1], std::filesystem::file_size(files[1]) / 3);
    const scene::MapData again = scene::buildMap(m_manifest, m_options);
    EXPECT_EQ(again.timings.cacheHits, 0);
    EXPECT_EQ(again.timings.cacheMisses, 2);
    for (size_t i = 0; i < cold.geometry.size(); ++i)
        expectSameGeometry(cold.geometry[i], again.geometry[i]);
    // ... and written back whole.
    EXPECT_EQ(scene::buildMap(m_manifest, m_options).timings.cacheHits, 2);
    // Garbage of any length never loads.
    for (size_t n : {0, 10, 40, 41, 1000}) {
        std::ofstream(files[0], std::ios::binary | std::ios::trunc) << std::string(n, '\x01');
        EXPECT_EQ(scene::buildMap(m_manifest, m_options).timings.cacheHits, 1) << n;
    }
}

TEST_F(GeometryCacheTest, AFifoOrDeviceAmongTheFilesNeverBlocksTheCacheKey) {
    // A FIFO as the .dbf and /dev/zero as the .cpg: hashing them for the key must neither block
    // nor read forever (the build itself reports them).
    const std::string stem = m_dir + "/rivers";
    std::filesystem::remove(stem + ".dbf");
    ASSERT_EQ(mkfifo((stem + ".dbf").c_str(), 0600), 0);
    std::filesystem::create_symlink("/dev/zero", stem + ".cpg");
    const uint64_t h = scene::hashShapefileSet(stem + ".shp");
    EXPECT_NE(h, 0u);
    EXPECT_EQ(h, scene::hashShapefileSet(stem + ".shp"));
    // A FIFO as the .shp itself: no key, so nothing is cached for it.
    std::filesystem::rename(stem + ".shp", stem + ".shp.bak");
    ASSERT_EQ(mkfifo((stem + ".shp").c_str(), 0600), 0);
    EXPECT_EQ(scene::hashShapefileSet(stem + ".shp"), 0u);
}

TEST_F(GeometryCacheTest, NoCacheFolderMeansNoCache) {
    m_options.cacheDir.clear();
    scene::buildMap(m_manifest, m_options);
    EXPECT_EQ(scene::buildMap(m_manifest, m_options).timings.cacheHits, 0);
    EXPECT_TRUE(entries().empty());
}

TEST_F(GeometryCacheTest, SimplifiedFillsStayWithinTheirTolerance) {
    const scene::MapData m = scene::buildMap(m_manifest, m_options);
    const scene::LayerGeometry& lakes = m.geometry[0];
    const double fullArea = lakes.fill.area();
    size_t previous = lakes.fill.positions.size();
    // The outline length (map plane) bounds how much area a simplification within t can change.
    double perimeter = 0.0;
    for (const auto& l : lakes.lines) {
        for (size_t i = 1; i < l.size(); ++i) perimeter += glm::length(l[i] - l[i - 1]);
    }
    ASSERT_GT(perimeter, 0.0);
    for (size_t b = 0; b < lakes.fillBands.size(); ++b) {
        const auto& band = lakes.fillBands[b];
        ASSERT_FALSE(band.mesh.indices.empty()) << b;
        EXPECT_LT(band.mesh.positions.size(), previous) << b;  // coarser bands are smaller
        previous = band.mesh.positions.size();
        EXPECT_LE(std::abs(band.mesh.area() - fullArea), perimeter * scene::kFillBandToleranceM[b])
            << b;
        EXPECT_EQ(band.vertexFeature.size(), band.mesh.positions.size());
    }
}

// Every vertex of one ring lies within `tol` of the other ring's edges, both ways.
double directedDistance(const geo::Path& from, const geo::Path& to) {
    double worst = 0.0;
    for (const auto& p : from) {
        double best = 1e300;
        for (size_t i = 1; i < to.size(); ++i) {
            const glm::dvec2 a = to[i - 1], d = to[i] - to[i - 1];
            const double len2 = glm::dot(d, d);
            const double t = len2 > 0 ? std::clamp(glm::dot(p - a, d) / len2, 0.0, 1.0) : 0.0;
            best = std::min(best, glm::length(p - (a + t * d)));
        }
        worst = std::max(worst, best);
    }
    return worst;
}

TEST(SimplifyPolygon, ChainedSimplificationStaysWithinTheSumOfItsSteps) {
    geo::GeosContext ctx;
    geo::Polygon poly{wigglyRing(0, 0, 100, 3000, 0.001), {}};
    for (auto& p : poly.outer) p *= 1000.0;  // metres
    geo::Polygon current = poly;
    double total = 0.0;
    for (double tol : scene::kFillBandToleranceM) {
        const auto out = geo::simplifyPolygon(ctx, current, tol - total);
        total = tol;
        ASSERT_EQ(out.size(), 1u);
        current = out[0];
        EXPECT_LT(current.outer.size(), poly.outer.size());
        EXPECT_LE(directedDistance(poly.outer, current.outer), tol * 1.0001);
        EXPECT_LE(directedDistance(current.outer, poly.outer), tol * 1.0001);
    }
}

}  // namespace
