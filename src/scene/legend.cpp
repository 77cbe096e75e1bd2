// Sector colours and the legend's content for TimelineGeometry (see timeline_geometry.h).
#include "scene/timeline_geometry.h"

#include "scene/flow_aggregate.h"
#include "scene/ui_text.h"

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

std::string formatAmountShort(double amountUsd) {
    return formatAmountShort(amountUsd, UiLanguage::En);
}

LegendSpec buildLegend(const ArcScale& scale, const std::string& theme, double year,
                       const LegendContext& context) {
    const bool light = isLightTheme(theme);
    const Rgba neutral = ink(light);
    // English strings are the table's keys (scene/ui_text.cpp); tr gives them in the language.
    const UiLanguage lang = uiLanguage(context.language);
    auto tr = [lang](const char* english) { return uiText(english, lang); };
    LegendSpec spec;
    spec.title = tr("Chinese investment and the Middle Corridor");
    spec.yearText = yearLabel(year);

    using Mark = LegendEntry::Mark;
    auto add = [&](LegendEntry::Kind kind, std::string label, Rgba color) -> LegendEntry& {
        LegendEntry e;
        e.kind = kind;
        e.label = std::move(label);
        e.color = color;
        spec.entries.push_back(std::move(e));
        return spec.entries.back();
    };
    auto note = [&](std::string label, Rgba color, Mark mark, float widthPt) {
        LegendEntry& e = add(LegendEntry::Kind::Note, std::move(label), color);
        e.mark = mark;
        e.widthPt = widthPt;
    };

    const std::pair<data::Sector, const char*> sectors[] = {
        {data::Sector::TransportLogistics, "Transport & logistics"},
        {data::Sector::OilGasEnergy, "Oil, gas & energy"},
        {data::Sector::OtherEconomic, "Other economic"},
    };
    for (const auto& [sector, label] : sectors) {
        add(LegendEntry::Kind::SectorSwatch, tr(label), sectorColor(sector, theme));
    }

    // The width scale: where the minimum width starts (everything at or under it looks the
    // same), round amounts in between, and the widest, which a realised project sets.
    const double widest = scale.maxAmountUsd;
    const double clamp = scale.clampAmountUsd();
    add(LegendEntry::Kind::WidthSample, upToAmount(clamp, lang), neutral).widthPt =
        scale.minWidthPt;
    for (const double amount : {1e9, 5e9}) {
        // Only where the sample reads apart from the clamp and the widest.
        if (amount < 1.5 * clamp || amount > 0.9 * widest) continue;
        add(LegendEntry::Kind::WidthSample, formatAmountShort(amount, lang), neutral).widthPt =
            scale.widthPt(amount);
    }
    if (widest > 1.5 * clamp) {
        add(LegendEntry::Kind::WidthSample, widestAmount(widest, lang), neutral).widthPt =
            scale.maxWidthPt;
    }

    const float sampleWidth =
        std::clamp(7.f, scale.minWidthPt, std::max(scale.minWidthPt, scale.maxWidthPt));
    note(tr("Amount not sourced"), neutral, Mark::Dotted, scale.unknownWidthPt);
    // Weaker like such an arc. Confidence L means the sources conflict or are weak.
    Rgba weak = neutral;
    weak.a = 0.45f;
    note(tr("Conflicting or weak sources"), weak, Mark::Hatched, sampleWidth);
    note(tr("Announced or agreed, not spent"), neutral, Mark::Outlined, sampleWidth);
    note(tr("Suspended or cancelled"), neutral, Mark::Halted, sampleWidth);
    note(tr("Joint venture: China's share filled"), neutral, Mark::JointVenture, sampleWidth);

    if (context.markerMaxAmountUsd > 0.f) {
        for (const double amount : {1e9, 3e9}) {
            if (amount > context.markerMaxAmountUsd) continue;
            add(LegendEntry::Kind::CircleSample, formatAmountShort(amount, lang), neutral)
                .radiusPt = markerRadiusPt(static_cast<float>(amount), context.markerMaxAmountUsd);
        }
        note(tr("Disc: largest per-kind total arrived"), neutral, Mark::None, 0.f);
    }

    const std::pair<data::TransportMode, const char*> modes[] = {
        {data::TransportMode::Rail, "Rail"},
        {data::TransportMode::Sea, "Sea"},
        {data::TransportMode::Road, "Road"},
    };
    for (const auto& [mode, label] : modes) {
        add(LegendEntry::Kind::RouteMode, tr(label), neutral).mode = mode;
    }
    if (context.cargoParticles) {
        note(tr("Cargo: TITR tonnes, Caspian legs"), neutral, Mark::Particles, 2.4f);
    }

    const std::pair<data::PlaceKind, const char*> kinds[] = {
        {data::PlaceKind::Port, "Port"},
        {data::PlaceKind::BorderCrossing, "Border crossing"},
        {data::PlaceKind::DryPort, "Dry port"},
        {data::PlaceKind::City, "City/hub"},
    };
    for (const auto& [kind, label] : kinds) {
        add(LegendEntry::Kind::NodeKind, tr(label), neutral).nodeKind = kind;
    }
    // Aggregated flows: widths count flows, and a line sums up those not drawn.
    addAggregateLegend(&spec, context.aggregate, neutral, lang);
    return spec;
}

}  // namespace scene
