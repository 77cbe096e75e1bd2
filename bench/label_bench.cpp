// Label placement per frame with the default data: every Natural Earth, water and timeline
// label of the shipped manifest's region, placed for the home view at 1920x1080 and 3840x2160,
// measured with the real SDF font metrics (Noto Sans). Needs NATURAL_EARTH_DIR (or
// maps/naturalearth) and no GL.
#include "app/fonts.h"
#include "data/dataset.h"
#include "render/label_layer.h"
#include "scene/frame_spec.h"
#include "scene/label_placement.h"
#include "scene/label_sources.h"
#include "scene/manifest.h"
#include "scene/timeline_geometry.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace {

struct Fixture {
    scene::LabelSet labels;
    std::unique_ptr<render::SdfFont> font;
    geo::LonLatBox home;
    std::optional<geo::Projection> projection;
    std::string error;

    Fixture() {
        const std::string root = CORRIDOR_SOURCE_DIR;
        const char* env = std::getenv("NATURAL_EARTH_DIR");
        const std::string ne = env && *env ? env : root + "/maps/naturalearth";
        const scene::ManifestResult m = scene::readManifest(root + "/maps/layers.toml");
        projection = geo::Projection::create(geo::ProjectionKind::Lcc, &error);
        if (!m.manifest || !projection) return;
        home = m.manifest->home;
        scene::LabelSourceOptions o;
        o.naturalEarthDir = ne;
        o.waterTable = root + "/maps/water_labels.csv";
        o.clip = m.manifest->clip;
        const data::LoadResult data = data::loadDataset(root + "/assets/data");
        const scene::TimelineGeometry timeline =
            scene::buildTimelineGeometry(data.dataset, *projection);
        labels = scene::mergeLabelSets(scene::naturalEarthLabels(o, *projection),
                                       scene::timelineLabels(data.dataset, timeline));
        const app::LabelFontFiles f = app::findLabelFonts();
        font = render::SdfFont::createForMeasuring({f.regular, f.bold, f.italic, f.cjk}, &error);
    }

    scene::LabelView view(int w, int h) const {
        scene::LabelView v;
        v.frameSizePx = {w, h};
        glm::dvec2 lo, hi;
        projection->boundsOf(home, &lo, &hi);
        v.camera = scene::fitCamera(lo, hi, v.frameSizePx);
        v.pixelsPerPoint = scene::pixelsPerPointForSize(w, h);
        return v;
    }
    scene::MeasureText measure() const {
        const render::SdfFont* f = font.get();
        return [f](const std::string& t, const scene::LabelStyle& s, float px) {
            return render::measureLabel(*f, t, s, px);
        };
    }
};

const Fixture& fixture() {
    static const Fixture f;
    return f;
}

void placeAt(benchmark::State& state, int w, int h, bool withPrevious) {
    const Fixture& f = fixture();
    if (!f.font || f.labels.labels.empty()) {
        state.SkipWithError(("no labels or fonts: " + f.error).c_str());
        return;
    }
    scene::LabelView v = f.view(w, h);
    const scene::MeasureText measure = f.measure();
    const scene::LabelPlacement previous = scene::placeLabels(f.labels, v, measure);
    size_t placed = 0;
    for (auto _ : state) {
        const scene::LabelPlacement p =
            scene::placeLabels(f.labels, v, measure, withPrevious ? &previous : nullptr);
        placed = p.labels.size();
        benchmark::DoNotOptimize(p.labels.data());
    }
    state.counters["labels"] = static_cast<double>(f.labels.labels.size());
    state.counters["placed"] = static_cast<double>(placed);
}

void BM_PlaceLabelsHome1080p(benchmark::State& s) {
    placeAt(s, 1920, 1080, false);
}
void BM_PlaceLabelsHome1080pWithHistory(benchmark::State& s) {
    placeAt(s, 1920, 1080, true);
}
void BM_PlaceLabelsHome4K(benchmark::State& s) {
    placeAt(s, 3840, 2160, false);
}
BENCHMARK(BM_PlaceLabelsHome1080p)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PlaceLabelsHome1080pWithHistory)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PlaceLabelsHome4K)->Unit(benchmark::kMicrosecond);

}  // namespace
