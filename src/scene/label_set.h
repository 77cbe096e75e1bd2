// Map labels as plain data: what each label says (per language), where it is anchored on the map
// plane, its kind (which sets its type style), priority and the zooms it shows at; the type
// style per kind in points. Built by label_sources.h, placed by label_placement.h.
// No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"

#include <glm/vec2.hpp>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace scene {

enum class LabelLanguage { English = 0, Russian = 1, Chinese = 2, Local = 3 };
constexpr int kLabelLanguages = 4;

// "en", "ru", "zh", "local" <-> language; nullopt for anything else.
std::optional<LabelLanguage> parseLabelLanguage(const std::string& code);
const char* toString(LabelLanguage language);

// Also the style class: countries in letter-spaced bold capitals, water in italic, the rest
// regular at sizes that give the hierarchy.
enum class LabelKind { Country, Region, Water, Capital, City, Node, Project };
constexpr int kLabelKinds = 7;

enum class LabelFace { Regular, Bold, Italic };

struct LabelStyle {
    float sizePt = 10.f;
    LabelFace face = LabelFace::Regular;
    float letterSpacingEm = 0.f;  // extra advance after every glyph, in ems
    float haloPt = 1.5f;          // halo radius
};

// The type style of a kind (the same in every theme; colours come from the renderer's theme).
LabelStyle labelStyle(LabelKind kind);

constexpr double kNoZoomLimit = std::numeric_limits<double>::infinity();

struct Label {
    LabelKind kind = LabelKind::City;
    // Text per LabelLanguage; an empty entry falls back to English.
    std::array<std::string, kLabelLanguages> text;
    glm::dvec2 world{0.0};          // anchor, map plane
    int priority = 100;             // lower is placed first and never yields to a higher number
    double minZoom = 0.0;           // shown from this zoom (Camera::zoom) ...
    double maxZoom = kNoZoomLimit;  // ... up to (excluding) this one
    // Shown from this (fractional) year on: corridor nodes appear with their first segment.
    double yearFrom = -std::numeric_limits<double>::infinity();
    // Point labels sit beside their symbol (right, left, above, below) this far from the anchor;
    // area labels (countries, regions, water) are centred on it.
    bool pointLabel = false;
    float symbolRadiusPt = 0.f;
    bool drawDot = false;  // the label layer draws the point symbol (cities the base map lacks)
    // The point symbol (a city dot, a capital's) must be clear of other labels for this label to
    // show. Corridor nodes need not: their markers are obstacles for every label already.
    bool symbolNeedsRoom = false;
    // A leased area named like a place (Baikonur): dropped where its town is labelled too.
    bool isLease = false;
    // Corridor countries: the country's outline on the map plane (simplified, its larger parts),
    // so that placement keeps the name inside the country when it moves it off the label point,
    // and writes it in the visible part when the label point is out of view. Shared, read-only;
    // null for every other label.
    std::shared_ptr<const std::vector<geo::Polygon>> area;

    const std::string& textFor(LabelLanguage language) const;
};

// A corridor node marker: labels never cover it.
struct LabelObstacle {
    glm::dvec2 world{0.0};
    float radiusPt = 0.f;
    double yearFrom = -std::numeric_limits<double>::infinity();
};

struct LabelSet {
    std::vector<Label> labels;
    std::vector<LabelObstacle> obstacles;
    std::vector<std::string> warnings;  // one line each, naming the file
};

// Upper case for Latin (ASCII and Latin-1/Extended-A pairs) and Cyrillic; other text unchanged.
// For the atlas-style country capitals.
std::string upperCase(const std::string& utf8);

}  // namespace scene
