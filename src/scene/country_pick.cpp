#include "scene/country_pick.h"

#include <algorithm>

namespace scene {

std::vector<CountryRecord> countryRecords(const geo::FeatureSet& layer) {
    auto field = [&](const char* name) {
        const auto it = std::find(layer.fieldNames.begin(), layer.fieldNames.end(), name);
        return it == layer.fieldNames.end() ? -1 : static_cast<int>(it - layer.fieldNames.begin());
    };
    const int code = field("ADM0_A3"), nameEn = field("NAME_EN"), name = field("NAME");
    auto get = [](const geo::Feature& f, int i) {
        return i >= 0 && static_cast<size_t>(i) < f.attributes.size()
                   ? f.attributes[static_cast<size_t>(i)]
                   : std::string();
    };
    std::vector<CountryRecord> out;
    for (const geo::Feature& f : layer.features) {
        if (f.record < 0) continue;
        if (out.size() <= static_cast<size_t>(f.record))
            out.resize(static_cast<size_t>(f.record) + 1);
        CountryRecord& r = out[static_cast<size_t>(f.record)];
        r.code = get(f, code);
        r.name = get(f, nameEn);
        if (r.name.empty()) r.name = get(f, name);
    }
    return out;
}

namespace {

double cross(glm::dvec2 a, glm::dvec2 b, glm::dvec2 p) {
    return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
}

}  // namespace

int featureAt(const LayerGeometry& layer, glm::dvec2 world) {
    const geo::Mesh& mesh = layer.fill;
    const auto& v = mesh.positions;
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const uint32_t i0 = mesh.indices[t], i1 = mesh.indices[t + 1], i2 = mesh.indices[t + 2];
        if (i0 >= v.size() || i1 >= v.size() || i2 >= v.size()) continue;
        const glm::dvec2 a = v[i0], b = v[i1], c = v[i2];
        // Bounding box first: most triangles are far away.
        if (world.x < std::min({a.x, b.x, c.x}) || world.x > std::max({a.x, b.x, c.x}) ||
            world.y < std::min({a.y, b.y, c.y}) || world.y > std::max({a.y, b.y, c.y}))
            continue;
        const double d0 = cross(a, b, world), d1 = cross(b, c, world), d2 = cross(c, a, world);
        const bool hasNeg = d0 < 0 || d1 < 0 || d2<0, hasPos = d0> 0 || d1 > 0 || d2 > 0;
        if (hasNeg && hasPos) continue;
        if (i0 >= layer.vertexFeature.size()) return -1;
        const uint32_t feature = layer.vertexFeature[i0];
        return feature < layer.features.size() ? static_cast<int>(feature) : -1;
    }
    return -1;
}

int layerIndex(const MapData& map, const std::string& id) {
    for (size_t i = 0; i < map.layers.size(); ++i)
        if (map.layers[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace scene
