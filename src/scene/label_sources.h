// Where the map's labels come from: Natural Earth (country label points, Kazakhstan's regions,
// populated places), the water-body table maps/water_labels.csv (positions derived from Natural
// Earth geometry), and the timeline data (corridor nodes, selected projects, node markers as
// obstacles). Read once per data set and projection. No GL, SDL or ImGui here.
#pragma once

#include "data/dataset.h"
#include "geo/projection.h"
#include "scene/label_set.h"
#include "scene/timeline_geometry.h"

#include <string>

namespace scene {

// Zoom (Camera::zoom) from which Kazakhstan's regions are labelled.
constexpr double kRegionMinZoom = 7.0;  // the home view of Central Asia is about 6.2
// Selected projects are labelled from this zoom on (the largest per destination, >= $1 bn).
constexpr double kProjectMinZoom = 7.0;
constexpr double kProjectMinAmountUsd = 1e9;
// Corridor node markers are kept clear of labels within this radius.
constexpr float kNodeObstacleRadiusPt = 5.5f;

struct LabelSourceOptions {
    std::string naturalEarthDir;
    std::string waterTable;  // maps/water_labels.csv; "" = no water labels
    geo::LonLatBox clip;     // only labels anchored inside
};

// Countries (LABEL_X/LABEL_Y, NAME_EN/RU/ZH, MIN_LABEL/MAX_LABEL, LABELRANK), Kazakhstan's
// admin-1 regions (name; label point from the polygon), populated places (SCALERANK, LABELRANK,
// min_zoom, Admin-0 capitals marked) and the water table. A missing or broken file gives a
// warning naming it and its labels are left out; the rest builds.
LabelSet naturalEarthLabels(const LabelSourceOptions& options, const geo::Projection& projection);

// Corridor nodes (names from places.csv in English, Russian and Chinese), selected projects
// and the node markers as obstacles.
LabelSet timelineLabels(const data::Dataset& dataset, const TimelineGeometry& timeline);

// Both sets in one; natural-earth city labels that duplicate a corridor node (within
// kNodeMergeDistanceM of it) are dropped, the node label tells the same.
constexpr double kNodeMergeDistanceM = 30e3;
LabelSet mergeLabelSets(const LabelSet& base, const LabelSet& timeline);

}  // namespace scene
