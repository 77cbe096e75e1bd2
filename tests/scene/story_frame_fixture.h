// A small map and data set for story step tests: two map layers, three places on the corridor,
// one investment, two events. Lambert conformal conic, as the shipped map.
#pragma once

#include "data/dataset.h"
#include "scene/map_data.h"
#include "scene/story.h"

#include <string>
#include <utility>

namespace story_fixture {

inline scene::MapData map() {
    scene::MapData m;
    m.projection = geo::ProjectionKind::Lcc;
    m.clip = {30.0, 30.0, 100.0, 56.0};
    m.home = {45.0, 35.0, 85.0, 52.0};
    scene::LayerDef rivers;
    rivers.id = "rivers";
    rivers.visible = true;
    scene::LayerDef lakes;
    lakes.id = "lakes";
    lakes.visible = false;
    m.layers = {rivers, lakes};
    return m;
}

inline data::Place place(const std::string& id, double lon, double lat) {
    data::Place p;
    p.id = id;
    p.name = id == "aktau" ? "Aktau" : id;
    p.country = "KAZ";
    p.lon = lon;
    p.lat = lat;
    return p;
}

inline data::Dataset dataset() {
    data::DatasetTables t;
    t.places = {place("khorgos", 80.4, 44.2), place("aktau", 51.2, 43.6),
                place("astana", 71.4, 51.1)};
    data::Flow f;
    f.id = "kz-rail";
    f.originId = "khorgos";
    f.destinationId = "aktau";
    f.yearStart = 2016;
    t.flows = {f};
    data::CorridorSegment s;
    s.id = "khorgos_aktau";
    s.fromId = "khorgos";
    s.toId = "aktau";
    t.segments = {s};
    data::Event opening;
    opening.date = {2018, 1, 10};
    opening.placeId = "aktau";
    opening.kind = data::EventKind::Opening;
    opening.title = "Aktau ferry terminal opens";
    data::Event summit;
    summit.date = {2018, 2, 1};
    summit.placeId = "astana";
    summit.kind = data::EventKind::Summit;
    summit.title = "Summit in Astana";
    t.events = {opening, summit};
    return data::Dataset(std::move(t), 0);
}

// One step at the Caspian in 2018 with its own view, layers, filters and highlights.
inline scene::Story story() {
    scene::Story story;
    story.title = "The Middle Corridor";
    story.subtitle = "2015-2018";
    scene::StoryStep s;
    s.title = "The Caspian";
    s.titleRu = "Каспий";
    s.caption = "Ferries from Aktau.";
    s.captionRu = "Паромы из Актау.";
    s.year = 2018.1;
    s.fromYear = 2015.0;
    s.mode = data::TimeMode::SingleYear;
    s.filter.sectors = {data::Sector::TransportLogistics};
    s.highlightFlows = {"kz-rail"};
    s.highlightPlaces = {"aktau"};
    s.layers.flows = false;
    s.layers.show = {"lakes"};
    s.layers.hide = {"rivers"};
    scene::StoryCamera cam;
    cam.box = geo::LonLatBox{48.0, 40.0, 56.0, 46.0};
    s.camera = cam;
    s.legend = scene::StoryLegend{scene::FrameCorner::BottomLeft, true};
    story.steps = {s};
    return story;
}

}  // namespace story_fixture
