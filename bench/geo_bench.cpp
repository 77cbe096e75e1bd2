// Projection, triangulation and shapefile reading: the load path's hot functions.
#include "geo/projection.h"
#include "geo/shapefile.h"
#include "geo/triangulate.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>
#include <string>

namespace {

void BM_ProjectLcc(benchmark::State& state) {
    std::string err;
    auto proj = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
    std::vector<glm::dvec2> pts(static_cast<size_t>(state.range(0)));
    for (auto _ : state) {
        for (size_t i = 0; i < pts.size(); ++i)
            pts[i] = {40.0 + (i % 500) * 0.1, 35.0 + (i / 500 % 200) * 0.1};
        proj->forward(pts);
        benchmark::DoNotOptimize(pts.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ProjectLcc)->Arg(100000);

void BM_TriangulateStar(benchmark::State& state) {
    // A star-shaped ring with n vertices and a square hole: GEOS constrained Delaunay.
    const int n = static_cast<int>(state.range(0));
    geo::Polygon p;
    for (int i = 0; i < n; ++i) {
        const double a = -2.0 * M_PI * i / n;  // clockwise: an outer ring
        const double r = (i % 2 ? 0.6 : 1.0) * 1e5;
        p.outer.push_back({r * std::cos(a), r * std::sin(a)});
    }
    p.outer.push_back(p.outer.front());
    p.holes.push_back({{-1e4, -1e4}, {1e4, -1e4}, {1e4, 1e4}, {-1e4, 1e4}, {-1e4, -1e4}});
    geo::GeosContext ctx;
    for (auto _ : state) {
        geo::Mesh m = geo::triangulate(ctx, p);
        benchmark::DoNotOptimize(m.indices.data());
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_TriangulateStar)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ReadLakes(benchmark::State& state) {
    const char* ne = std::getenv("NATURAL_EARTH_DIR");
    const std::string dir =
        ne && *ne ? ne : std::string(CORRIDOR_SOURCE_DIR) + "/maps/naturalearth";
    for (auto _ : state) {
        geo::ShapefileResult r = geo::readShapefile(dir + "/ne_10m_lakes.shp");
        if (!r.ok) {
            state.SkipWithError("ne_10m_lakes.shp not found: set NATURAL_EARTH_DIR");
            break;
        }
        benchmark::DoNotOptimize(r.layer.features.data());
    }
}
BENCHMARK(BM_ReadLakes)->Unit(benchmark::kMillisecond);

}  // namespace
