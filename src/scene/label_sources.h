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
    std::string waterTable;     // maps/water_labels.csv; "" = no water labels
    std::string nameOverrides;  // maps/name_overrides.csv; "" = Natural Earth's names as they are
    geo::LonLatBox clip;        // only labels anchored inside
};

// The countries of the Middle Corridor and of Central Asia (ADM0_A3), the map's subject: their
// names are placed before any other country's and any city's, and inside the visible part of the
// country when the label point is out of view (Label::area).
bool isCorridorCountry(const std::string& adm0);
// Priorities (lower is placed first): the corridor's ports, crossings and capitals; the corridor
// countries (+ LABELRANK, 2 to 5); the corridor's other nodes (cities, sites); other countries
// (+ LABELRANK); then water, capitals, cities ... (see README, "Map labels").
constexpr int kNodePriority = 10;
constexpr int kCorridorCountryPriority = 9;  // + LABELRANK
constexpr int kCityNodePriority = 15;
constexpr int kCountryPriority = 20;  // + LABELRANK
// Outlines kept for corridor country labels: simplified to this (map-plane metres) and without
// parts smaller than this share of the country's largest.
constexpr double kCountryAreaToleranceM = 3000.0;
constexpr double kCountryAreaMinPartShare = 0.01;

// Two corridor nodes in different countries closer than this are a twin border crossing
// (Dostyk / Alashankou, Khorgos / Khorgas): labelled once, at their middle, until the view is
// close enough for the two markers to stand kTwinSplitPt apart.
constexpr double kTwinDistanceM = 25e3;
constexpr double kTwinSplitPt = 14.0;

// Countries (LABEL_X/LABEL_Y, NAME_EN/RU/ZH, MIN_LABEL/MAX_LABEL, LABELRANK), Kazakhstan's
// admin-1 regions (name; label point from the polygon), populated places (SCALERANK, LABELRANK,
// min_zoom, Admin-0 capitals marked) and the water table. Names pass through the override table
// and Chinese names are converted to Simplified characters (OpenCC t2s). Areas that are not
// countries in Natural Earth's admin-0 (the Baikonur lease) are named in the city style. A missing
// or broken file gives a warning naming it and its labels are left out; the rest builds.
LabelSet naturalEarthLabels(const LabelSourceOptions& options, const geo::Projection& projection);

// Corridor nodes (names from places.csv in English, Russian and Chinese; twin crossings once),
// selected projects and the node markers as obstacles.
LabelSet timelineLabels(const data::Dataset& dataset, const TimelineGeometry& timeline);

// Both sets in one; natural-earth city labels that duplicate a corridor node (within
// kNodeMergeDistanceM of it) are dropped, the node label tells the same.
constexpr double kNodeMergeDistanceM = 30e3;
LabelSet mergeLabelSets(const LabelSet& base, const LabelSet& timeline);

}  // namespace scene
