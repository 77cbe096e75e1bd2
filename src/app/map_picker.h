// What the window's pointer is on: the flow or destination under it (over the timeline as the
// view shows it, filters included, kept in a PickCache), the place a destination stands for,
// and the country a click lands on (Natural Earth's admin-0 records). No SDL, GL or ImGui here:
// the caller says whether the panel has the pointer.
#pragma once

#include "app/map_session.h"
#include "scene/country_pick.h"
#include "scene/pick_cache.h"
#include "scene/picking.h"

#include <map>
#include <string>
#include <vector>

namespace app {

struct PointerPick {
    int flow = -1;    // index into dataset.flows(), or -1
    int marker = -1;  // destination marker, or -1
};

// What is under `px`: a marker wins over a flow (markers sit on top of the arcs' ends); a
// hidden layer picks nothing.
PointerPick pickAt(const scene::TimelineGeometry& timeline, const scene::PickView& view,
                   glm::dvec2 px, bool markersShown, bool flowsShown);

// The place index of `marker` in `timeline`, or -1 when there is no such marker.
int markerPlace(const scene::TimelineGeometry& timeline, int marker);

class MapPicker {
public:
    // Hover picking sees what is drawn: the timeline as `view` shows it (built again only when
    // the view's filters, the projection or the data changed).
    void refresh(const MapSession& session, const scene::TimelineView& view);
    const scene::TimelineGeometry& timeline() const { return m_picks.timeline(); }
    PointerPick at(const scene::PickView& view, glm::dvec2 px, bool markersShown,
                   bool flowsShown) const {
        return pickAt(timeline(), view, px, markersShown, flowsShown);
    }

    // Reads the admin-0 layer's records ("countries" in the manifest); their codes and names,
    // for the panel's country list (empty when the layer or its file is missing).
    std::map<std::string, std::string> loadCountries(const MapSession& session);
    void setCountries(std::vector<scene::CountryRecord> records) {
        m_countries = std::move(records);
    }
    // The country code at map-plane point `world` ("" = none: the sea, or off the map).
    std::string countryAt(const scene::MapData& map, glm::dvec2 world) const;

private:
    scene::PickCache m_picks;
    std::vector<scene::CountryRecord> m_countries;  // admin-0 record -> code and name
};

}  // namespace app
