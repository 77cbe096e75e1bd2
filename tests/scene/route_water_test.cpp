// The shipped corridor drawn against Natural Earth: every sea leg stays on water (Natural
// Earth's ocean layer holds the Caspian) except next to its ports, and no land leg crosses open
// water for more than a few km. The curves tested are the ones drawn (buildTimelineGeometry),
// taken back to lon/lat. Skipped when the Natural Earth files are absent.
#include "scene/timeline_geometry.h"

#include "data/dataset.h"
#include "geo/clip.h"
#include "geo/geos_context.h"
#include "geo/projection.h"
#include "geo/shapefile.h"

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace {

constexpr double kSampleM = 500.0;  // the drawn curve is tested every half kilometre
// A port's point (a settlement in the gazetteer) may lie this far along the curve from the
// Natural Earth shoreline.
constexpr double kPortReachM = 5000.0;
// A land line may cross a river mouth, a strait or a dam's reservoir for this long.
constexpr double kLandOverWaterM = 5000.0;

std::string naturalEarthDir() {
    if (const char* env = std::getenv("NATURAL_EARTH_DIR"); env && *env) return env;
    return std::string(CORRIDOR_SOURCE_DIR) + "/maps/naturalearth";
}

bool fileExists(const std::string& path) {
    return std::ifstream(path).good();
}

// Natural Earth's ocean and lakes, cut to a window, as prepared GEOS geometries.
class Water {
public:
    Water(const std::vector<std::string>& files, const geo::LonLatBox& window) {
        GEOSContextHandle_t h = m_ctx.handle();
        for (const std::string& file : files) {
            const geo::ShapefileResult r = geo::readShapefile(file);
            EXPECT_TRUE(r.ok) << file;
            for (const geo::Feature& f : r.layer.features) {
                for (const geo::Polygon& p : f.polygons) {
                    if (!touches(p.outer, window)) continue;
                    geo::GeomPtr g = geo::toGeos(m_ctx, p);
                    if (!g) continue;
                    geo::GeomPtr cut(h, GEOSClipByRect_r(h, g.get(), window.lonMin, window.latMin,
                                                         window.lonMax, window.latMax));
                    if (!cut || GEOSisEmpty_r(h, cut.get()) != 0) continue;
                    m_prepared.push_back(GEOSPrepare_r(h, cut.get()));
                    m_geoms.push_back(std::move(cut));
                }
            }
        }
    }
    ~Water() {
        for (const GEOSPreparedGeometry* p : m_prepared) {
            GEOSPreparedGeom_destroy_r(m_ctx.handle(), p);
        }
    }
    Water(const Water&) = delete;
    Water& operator=(const Water&) = delete;

    bool empty() const { return m_prepared.empty(); }

    bool contains(geo::LonLat p) {
        GEOSContextHandle_t h = m_ctx.handle();
        geo::GeomPtr point(h, GEOSGeom_createPointFromXY_r(h, p.lon, p.lat));
        for (const GEOSPreparedGeometry* prepared : m_prepared) {
            if (GEOSPreparedIntersects_r(h, prepared, point.get()) == 1) return true;
        }
        return false;
    }

private:
    static bool touches(const geo::Path& ring, const geo::LonLatBox& w) {
        glm::dvec2 lo(1e9), hi(-1e9);
        for (const glm::dvec2& v : ring) {
            lo = glm::min(lo, v);
            hi = glm::max(hi, v);
        }
        return hi.x >= w.lonMin && lo.x <= w.lonMax && hi.y >= w.latMin && lo.y <= w.latMax;
    }

    geo::GeosContext m_ctx;  // declared first: destroyed after the geometries it made
    std::vector<geo::GeomPtr> m_geoms;
    std::vector<const GEOSPreparedGeometry*> m_prepared;
};

// One sample of a drawn curve: where it is, how far along (map-plane metres), wet or dry.
struct Sample {
    geo::LonLat where;
    double along = 0.0;
    bool wet = false;
};

// Stretches of consecutive samples that are wet (or dry), as "from (lon lat) to (lon lat),
// N km" with their length in metres.
struct Stretch {
    double from = 0.0, to = 0.0;
    geo::LonLat a, b;
    std::string text() const {
        char buf[160];
        std::snprintf(buf, sizeof buf, "%.1f km from (%.3f %.3f) to (%.3f %.3f)",
                      (to - from) / 1000.0, a.lon, a.lat, b.lon, b.lat);
        return buf;
    }
};

std::vector<Stretch> stretches(const std::vector<Sample>& samples, bool wet) {
    std::vector<Stretch> out;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (samples[i].wet != wet) continue;
        std::size_t j = i;
        while (j + 1 < samples.size() && samples[j + 1].wet == wet) ++j;
        // A run reaches halfway to the samples either side of it.
        const double from = i > 0 ? 0.5 * (samples[i - 1].along + samples[i].along) : 0.0;
        const double to = j + 1 < samples.size() ? 0.5 * (samples[j].along + samples[j + 1].along)
                                                 : samples[j].along;
        out.push_back({from, to, samples[i].where, samples[j].where});
        i = j;
    }
    return out;
}

TEST(RouteWaterTest, SeaLegsStayAtSeaAndLandLegsOnLand) {
    const std::string dir = naturalEarthDir();
    const std::vector<std::string> files{dir + "/ne_10m_ocean.shp", dir + "/ne_10m_lakes.shp"};
    for (const std::string& f : files) {
        if (!fileExists(f)) GTEST_SKIP() << "Natural Earth data not found: " << f;
    }
    std::string error;
    const auto projection = geo::Projection::create(geo::ProjectionKind::Lcc, &error);
    ASSERT_TRUE(projection) << error;
    const data::LoadResult loaded = data::loadDataset(CORRIDOR_SOURCE_DIR "/assets/data");
    ASSERT_TRUE(loaded.ok());
    const data::Dataset& ds = loaded.dataset;
    const scene::TimelineGeometry g = scene::buildTimelineGeometry(ds, *projection);
    ASSERT_FALSE(g.route.empty());

    // The drawn curves back in lon/lat, and the window around them.
    std::vector<std::vector<Sample>> curves;
    geo::LonLatBox window{180.0, 90.0, -180.0, -90.0};
    for (const scene::RouteSegmentGeometry& r : g.route) {
        const geo::Path dense = geo::densify(r.path, kSampleM);
        std::vector<Sample> samples;
        double along = 0.0;
        for (std::size_t i = 0; i < dense.size(); ++i) {
            if (i > 0) along += glm::length(dense[i] - dense[i - 1]);
            const geo::LonLat p = projection->inverse(dense[i]);
            samples.push_back({p, along, false});
            window.lonMin = std::min(window.lonMin, p.lon - 0.5);
            window.latMin = std::min(window.latMin, p.lat - 0.5);
            window.lonMax = std::max(window.lonMax, p.lon + 0.5);
            window.latMax = std::max(window.latMax, p.lat + 0.5);
        }
        curves.push_back(std::move(samples));
    }
    Water water(files, window);
    ASSERT_FALSE(water.empty());

    std::size_t seaLegs = 0;
    for (std::size_t k = 0; k < g.route.size(); ++k) {
        const data::CorridorSegment& seg = ds.segments()[g.route[k].segmentIndex];
        std::vector<Sample>& samples = curves[k];
        for (Sample& s : samples) s.wet = water.contains(s.where);
        const double length = samples.back().along;
        if (seg.mode == data::TransportMode::Sea) {
            ++seaLegs;
            for (const Stretch& run : stretches(samples, false)) {
                if (run.to <= kPortReachM || run.from >= length - kPortReachM) continue;
                ADD_FAILURE() << seg.id << " (sea) runs over land " << run.text();
            }
        } else {
            for (const Stretch& run : stretches(samples, true)) {
                if (run.to - run.from <= kLandOverWaterM) continue;
                ADD_FAILURE() << seg.id << " ("
                              << (seg.mode == data::TransportMode::Rail ? "rail" : "road")
                              << ") crosses water " << run.text();
            }
        }
    }
    EXPECT_GE(seaLegs, 5u);  // the Caspian crossings and the Black Sea
}

}  // namespace
