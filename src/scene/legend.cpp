// Sector colours and the legend's content for TimelineGeometry (see timeline_geometry.h).
#include "scene/timeline_geometry.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace scene {

namespace {

bool isLightTheme(const std::string& theme) {
    return theme == "light" || theme == "print";
}

constexpr Rgba hex(unsigned rgb, float a = 1.f) {
    return {static_cast<float>((rgb >> 16) & 0xffu) / 255.f,
            static_cast<float>((rgb >> 8) & 0xffu) / 255.f, static_cast<float>(rgb & 0xffu) / 255.f,
            a};
}

// Okabe–Ito hues, one family per sector in both themes so a reader comparing a screen and a
// print sees the same sector in the same hue. On the dark map (land #2b2f33, parchment #7a6a48)
// the light members (sky blue, orange) keep ~6:1 against land; on the light map (#efebe2,
// #ecd9ac) the deep members (blue, vermillion) keep ~3-4:1, where sky blue and orange fall
// under 2:1. Reddish purple is the one hue that holds up on both, so "other" keeps it.
constexpr Rgba kSectorDark[3] = {hex(0x56B4E9), hex(0xE69F00), hex(0xCC79A7)};
constexpr Rgba kSectorLight[3] = {hex(0x0072B2), hex(0xD55E00), hex(0xCC79A7)};

// Neutral ink for widths, notes, route modes and node kinds: those are told apart by shape and
// pattern, and a neutral colour cannot be mistaken for a sector.
Rgba ink(bool light) {
    return light ? hex(0x2F2B26) : hex(0xECE7DB);
}

std::string yearLabel(double year) {
    if (!std::isfinite(year)) return "";
    return std::to_string(static_cast<long long>(std::floor(year)));
}

}  // namespace

Rgba sectorColor(data::Sector sector, const std::string& theme) {
    const auto i = static_cast<std::size_t>(sector);
    return isLightTheme(theme) ? kSectorLight[i] : kSectorDark[i];
}

LegendSpec buildLegend(const ArcScale& scale, const std::string& theme, double year) {
    const bool light = isLightTheme(theme);
    const Rgba neutral = ink(light);
    LegendSpec spec;
    spec.title = "Chinese investment and the Middle Corridor";
    spec.yearText = yearLabel(year);

    auto add = [&](LegendEntry::Kind kind, std::string label, Rgba color) -> LegendEntry& {
        LegendEntry e;
        e.kind = kind;
        e.label = std::move(label);
        e.color = color;
        spec.entries.push_back(std::move(e));
        return spec.entries.back();
    };

    const std::pair<data::Sector, const char*> sectors[] = {
        {data::Sector::TransportLogistics, "Transport & logistics"},
        {data::Sector::OilGasEnergy, "Oil, gas & energy"},
        {data::Sector::OtherEconomic, "Other economic"},
    };
    for (const auto& [sector, label] : sectors) {
        add(LegendEntry::Kind::SectorSwatch, label, sectorColor(sector, theme));
    }

    const std::pair<double, const char*> samples[] = {
        {1e8, "$100 M"}, {1e9, "$1 bn"}, {5e9, "$5 bn"}};
    for (const auto& [amount, label] : samples) {
        // A sample above the data set's largest amount would be wider than any arc drawn.
        if (amount > scale.maxAmountUsd) continue;
        add(LegendEntry::Kind::WidthSample, label, neutral).widthPt = scale.widthPt(amount);
    }

    // The overlay draws this note's line dotted, as unknown-amount arcs are.
    add(LegendEntry::Kind::Note, "Amount not sourced", neutral).widthPt = scale.unknownWidthPt;
    // Weaker like a low-confidence arc; wide enough that the weakening is visible.
    Rgba weak = neutral;
    weak.a = 0.45f;
    add(LegendEntry::Kind::Note, "Low confidence", weak).widthPt =
        std::clamp(4.f, scale.minWidthPt, std::max(scale.minWidthPt, scale.maxWidthPt));

    const std::pair<data::TransportMode, const char*> modes[] = {
        {data::TransportMode::Rail, "Rail"},
        {data::TransportMode::Sea, "Sea"},
        {data::TransportMode::Road, "Road"},
    };
    for (const auto& [mode, label] : modes) {
        add(LegendEntry::Kind::RouteMode, label, neutral).mode = mode;
    }

    const std::pair<data::PlaceKind, const char*> kinds[] = {
        {data::PlaceKind::Port, "Port"},
        {data::PlaceKind::BorderCrossing, "Border crossing"},
        {data::PlaceKind::DryPort, "Dry port"},
        {data::PlaceKind::City, "City/hub"},
    };
    for (const auto& [kind, label] : kinds) {
        add(LegendEntry::Kind::NodeKind, label, neutral).nodeKind = kind;
    }
    return spec;
}

}  // namespace scene
