#include "app/map_picker.h"

#include "geo/shapefile.h"

namespace app {

PointerPick pickAt(const scene::TimelineGeometry& timeline, const scene::PickView& view,
                   glm::dvec2 px, bool markersShown, bool flowsShown) {
    PointerPick p;
    if (markersShown) p.marker = scene::pickMarker(timeline, view, px);
    if (flowsShown && p.marker < 0) p.flow = scene::pickFlow(timeline, view, px);
    return p;
}

int markerPlace(const scene::TimelineGeometry& timeline, int marker) {
    if (marker < 0 || static_cast<size_t>(marker) >= timeline.markers.size()) return -1;
    return static_cast<int>(timeline.markers[static_cast<size_t>(marker)].placeIndex);
}

void MapPicker::refresh(const MapSession& session, const scene::TimelineView& view) {
    m_picks.get(session.dataset, session.timeline,
                scene::pickKey(view, session.map.projection, session.dataset));
}

std::map<std::string, std::string> MapPicker::loadCountries(const MapSession& session) {
    // The map keeps only the features' record numbers: the codes and names come from the file.
    std::map<std::string, std::string> names;
    const int layer = scene::layerIndex(session.map, "countries");
    if (layer < 0) return names;
    const std::string file = scene::resolveLayerFile(
        session.map.layers[static_cast<size_t>(layer)].file, session.naturalEarthDir);
    const geo::ShapefileResult r = geo::readShapefile(file);
    if (!r.ok) return names;
    m_countries = scene::countryRecords(r.layer);
    for (const auto& c : m_countries)
        if (!c.code.empty() && !c.name.empty()) names[c.code] = c.name;
    return names;
}

std::string MapPicker::countryAt(const scene::MapData& map, glm::dvec2 world) const {
    const int layer = scene::layerIndex(map, "countries");
    if (layer < 0 || static_cast<size_t>(layer) >= map.geometry.size()) return {};
    const scene::LayerGeometry& g = map.geometry[static_cast<size_t>(layer)];
    const int feature = scene::featureAt(g, world);
    if (feature < 0) return {};
    const int record = g.features[static_cast<size_t>(feature)].record;
    if (record < 0 || static_cast<size_t>(record) >= m_countries.size()) return {};
    return m_countries[static_cast<size_t>(record)].code;
}

}  // namespace app
