// Sector colours and the legend's content for TimelineGeometry (see timeline_geometry.h).
#include "scene/timeline_geometry.h"

#include "scene/flow_aggregate.h"
#include "scene/palette.h"
#include "scene/ui_text.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace scene {

namespace {

std::string yearLabel(double year) {
    if (!std::isfinite(year)) return "";
    return std::to_string(static_cast<long long>(std::floor(year)));
}

}  // namespace

Rgba sectorColor(data::Sector sector, const Palette& palette) {
    switch (sector) {
        case data::Sector::TransportLogistics:
            return palette.sectorTransport;
        case data::Sector::OilGasEnergy:
            return palette.sectorEnergy;
        case data::Sector::OtherEconomic:
            break;
    }
    return palette.sectorOther;
}

Rgba sectorColor(data::Sector sector, const std::string& theme) {
    return sectorColor(sector, builtinPalette(theme));
}

std::string formatAmountShort(double amountUsd) {
    return formatAmountShort(amountUsd, UiLanguage::En);
}

LegendSpec buildLegend(const ArcScale& scale, const std::string& theme, double year,
                       const LegendContext& context) {
    return buildLegend(scale, builtinPalette(theme), year, context);
}

LegendSpec buildLegend(const ArcScale& scale, const Palette& palette, double year,
                       const LegendContext& context) {
    const Rgba neutral = palette.legendInk;
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
        add(LegendEntry::Kind::SectorSwatch, tr(label), sectorColor(sector, palette));
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
