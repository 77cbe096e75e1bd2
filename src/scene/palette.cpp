#include "scene/palette.h"

#include "scene/manifest.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace scene {

namespace {

// "#rrggbb" with an alpha 0..1: how most of the table is written (a bad literal is a programmer
// mistake that the palette tests catch: every field is compared with the shipped theme file).
Rgba hexa(const char* hex, float alpha = 1.f) {
    Rgba c = parseColor(hex).value_or(Rgba{});
    c.a = alpha;
    return c;
}

Palette darkPalette() {
    Palette p;
    p.name = "dark";
    p.water = hexa("#10263a");
    p.waterEdge = hexa("#08131f");
    p.panelAccent = hexa("#e8b45a");
    p.vignette = 0.32f;
    // Okabe-Ito hues, one family per sector in both themes so a reader comparing a screen and a
    // print sees the same sector in the same hue. On the dark map (land #2b2f33, parchment
    // #7a6a48) the light members (sky blue, orange) keep ~6:1 against land.
    p.sectorTransport = hexa("#56b4e9");
    p.sectorEnergy = hexa("#e69f00");
    p.sectorOther = hexa("#cc79a7");
    // Neutral: a neutral colour cannot be mistaken for a sector.
    p.legendInk = hexa("#ece7db");
    p.flowPulse = hexa("#ffffff");
    p.flowEmphasis = hexa("#ffffff");
    p.labelCountry = hexa("#e9dfc8", 0.78f);
    p.labelRegion = hexa("#b9ae97", 0.8f);
    p.labelWater = hexa("#8cc4e6");
    p.labelCapital = hexa("#f7f1e3");
    p.labelCity = hexa("#d9d2c3");
    p.labelNode = hexa("#ffe2a6");
    p.labelProject = hexa("#f0b54a");
    p.labelHalo = hexa("#0b0f14", 0.78f);
    p.labelWaterHalo = hexa("#08131f", 0.7f);
    p.labelDotFill = hexa("#e9dfc8");
    p.labelDotStroke = hexa("#15191d");
    p.routeRail = hexa("#efe3c6");
    p.routeSea = hexa("#8fd3f4");
    p.routeRoad = hexa("#c9b27c");
    p.routeCasing = hexa("#0b0f14", 0.55f);
    p.routeParticle = hexa("#ffd27a");
    p.nodeFill = hexa("#f3e6c4");
    p.nodeStroke = hexa("#15191d");
    p.destFill = hexa("#e69f00", 0.22f);
    p.destStroke = hexa("#f0b54a", 0.9f);
    // A translucent navy panel with warm off-white text.
    p.legendPanel = hexa("#080e16", 0.78f);
    p.legendOutline = hexa("#f2e8d6", 0.12f);
    p.legendShadow = hexa("#000000", 0.3f);
    p.legendSeparator = hexa("#f2e8d6", 0.13f);
    p.legendYear = hexa("#f6eee0");
    p.legendTitle = hexa("#d6ccba");
    p.legendLabel = hexa("#eee6d8");
    p.legendNote = hexa("#b2aa9c");
    p.legendMarkerOutline = hexa("#0a1018", 0.95f);
    p.legendNeutralSample = hexa("#e2d8c6", 0.92f);
    p.furnitureInk = {0.95f, 0.92f, 0.86f, 1.f};
    p.furnitureHalo = {0.04f, 0.06f, 0.09f, 0.85f};
    p.captionRule = {0.91f, 0.71f, 0.35f, 1.f};
    p.calloutDot = {0.91f, 0.71f, 0.35f, 1.f};
    p.edgeHalo = {0.04f, 0.06f, 0.09f, 0.85f};
    p.edgeFlow = {0.91f, 0.71f, 0.35f, 1.f};
    p.edgeRoute = {0.94f, 0.89f, 0.78f, 1.f};
    p.insetFrame = {0.91f, 0.71f, 0.35f, 1.f};
    // A warm accent that reads on both themes and is not a Natural Earth colour.
    p.addedLayer = {0.98f, 0.55f, 0.18f, 1.f};
    p.addedPointStroke = {0.1f, 0.1f, 0.1f, 1.f};
    p.unstyledFill = {0.5f, 0.5f, 0.5f, 1.f};
    // Opaque enough to read over a busy map (ui::kCardBgAlpha, 0.97): panel, cards, menus.
    p.uiWindowBg = {0.05f, 0.08f, 0.11f, 0.97f};
    p.uiPopupBg = {0.07f, 0.1f, 0.13f, 0.97f};
    p.uiHeader = {0.62f, 0.47f, 0.24f, 0.35f};
    p.uiHeaderHovered = {0.62f, 0.47f, 0.24f, 0.55f};
    p.uiCheckMark = {0.93f, 0.74f, 0.42f, 1.f};
    p.uiFrameBg = {0.16f, 0.2f, 0.25f, 0.8f};
    p.uiTitleBg = {0.05f, 0.08f, 0.11f, 0.95f};
    p.uiTitleBgActive = {0.09f, 0.13f, 0.17f, 0.95f};
    p.uiButton = {0.62f, 0.47f, 0.24f, 0.45f};
    p.uiButtonHovered = {0.62f, 0.47f, 0.24f, 0.7f};
    p.uiLink = {0.45f, 0.72f, 1.f, 1.f};
    p.uiWarning = {1.f, 0.6f, 0.3f, 1.f};
    return p;
}

Palette lightPalette() {
    Palette p = darkPalette();  // the added-layer colours are the same in both
    p.name = "light";
    p.water = hexa("#cfe0ea");
    p.waterEdge = hexa("#b8d0df");
    p.panelAccent = hexa("#9a6a1f");
    p.vignette = 0.f;
    // On the light map (#efebe2, #ecd9ac) the deep members (blue, vermillion) keep ~3-4:1, where
    // sky blue and orange fall under 2:1. Reddish purple holds up on both, so "other" keeps it.
    p.sectorTransport = hexa("#0072b2");
    p.sectorEnergy = hexa("#d55e00");
    p.sectorOther = hexa("#cc79a7");
    p.legendInk = hexa("#2f2b26");
    p.flowPulse = hexa("#ffffff");
    p.flowEmphasis = hexa("#ffffff");
    p.labelCountry = hexa("#4a3f35", 0.82f);
    p.labelRegion = hexa("#7a6e60", 0.85f);
    p.labelWater = hexa("#2f6f9f");
    p.labelCapital = hexa("#1f1a15");
    p.labelCity = hexa("#3a342d");
    p.labelNode = hexa("#3b2410");
    p.labelProject = hexa("#a24a08");
    p.labelHalo = hexa("#fbfaf6", 0.88f);
    p.labelWaterHalo = hexa("#f4f8fb", 0.75f);
    p.labelDotFill = hexa("#3b3026");
    p.labelDotStroke = hexa("#ffffff");
    p.routeRail = hexa("#3a3129");
    p.routeSea = hexa("#1f6fa3");
    p.routeRoad = hexa("#8a6d3b");
    p.routeCasing = hexa("#ffffff", 0.75f);
    p.routeParticle = hexa("#d55e00");
    p.nodeFill = hexa("#ffffff");
    p.nodeStroke = hexa("#3b3026");
    p.destFill = hexa("#d55e00", 0.16f);
    p.destStroke = hexa("#b5540c", 0.85f);
    // A translucent paper panel with dark ink.
    p.legendPanel = hexa("#fbf9f4", 0.86f);
    p.legendOutline = hexa("#283440", 0.16f);
    p.legendShadow = hexa("#14202c", 0.14f);
    p.legendSeparator = hexa("#283440", 0.14f);
    p.legendYear = hexa("#1c242e");
    p.legendTitle = hexa("#343e4a");
    p.legendLabel = hexa("#242c36");
    p.legendNote = hexa("#5c646e");
    p.legendMarkerOutline = hexa("#ffffff", 0.95f);
    p.legendNeutralSample = hexa("#46505c", 0.9f);
    p.furnitureInk = {0.13f, 0.15f, 0.18f, 1.f};
    p.furnitureHalo = {1.f, 1.f, 1.f, 0.85f};
    p.captionRule = {0.6f, 0.42f, 0.12f, 1.f};
    p.calloutDot = {0.72f, 0.33f, 0.05f, 1.f};
    p.edgeHalo = {1.f, 1.f, 1.f, 0.9f};
    p.edgeFlow = {0.72f, 0.33f, 0.05f, 1.f};
    p.edgeRoute = {0.23f, 0.19f, 0.16f, 1.f};
    p.insetFrame = {0.72f, 0.33f, 0.05f, 1.f};
    // Over Dear ImGui's light style; hovered headers and buttons and frames are its own colours.
    p.uiWindowBg = {0.97f, 0.96f, 0.93f, 0.97f};
    p.uiPopupBg = {0.99f, 0.98f, 0.96f, 0.97f};
    p.uiHeader = {0.75f, 0.62f, 0.4f, 0.35f};
    p.uiHeaderHovered = {0.26f, 0.59f, 0.98f, 0.8f};
    p.uiCheckMark = {0.55f, 0.38f, 0.12f, 1.f};
    p.uiFrameBg = {1.f, 1.f, 1.f, 1.f};
    p.uiTitleBg = {0.9f, 0.87f, 0.8f, 0.95f};
    p.uiTitleBgActive = {0.86f, 0.81f, 0.72f, 0.95f};
    p.uiButton = {0.75f, 0.62f, 0.4f, 0.45f};
    p.uiButtonHovered = {0.26f, 0.59f, 0.98f, 1.f};
    // The dark theme's sky blue is under 2:1 on the light panel; the sector blue reads.
    p.uiLink = hexa("#0072b2");
    p.uiWarning = {0.72f, 0.33f, 0.05f, 1.f};
    return p;
}

// The shortest decimal text that reads back as exactly `v` (as a float).
std::string floatText(float v) {
    char buf[32];
    for (int digits = 1; digits <= 9; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, static_cast<double>(v));
        if (std::strtof(buf, nullptr) == v) break;
    }
    return buf;
}

// The byte 0..255 whose n / 255 is exactly `v`, else -1.
int exactByte(float v) {
    const long n = std::lround(v * 255.f);
    return n >= 0 && n <= 255 && static_cast<float>(n) / 255.f == v ? static_cast<int>(n) : -1;
}

}  // namespace

Palette builtinPalette(const std::string& theme) {
    const std::string name = canonicalThemeName(theme);
    if (name == "light") return lightPalette();
    Palette p = darkPalette();
    if (!name.empty()) p.name = name;
    return p;
}

Palette paletteFor(const std::vector<Theme>& themes, const std::string& theme) {
    const std::string name = canonicalThemeName(theme);
    Palette p = builtinPalette(name);
    for (const Theme& t : themes) {
        if (t.name != name) continue;
        p.water = t.water;
        p.waterEdge = t.waterEdge;
        p.panelAccent = t.panelAccent;
        p.vignette = t.vignette;
        for (const PaletteColour& c : t.colours) {
            if (c.field) p.*c.field = c.value;
        }
        break;
    }
    return p;
}

const std::vector<PaletteField>& paletteFields() {
    static const std::vector<PaletteField> kFields = {
        {"sector_transport", &Palette::sectorTransport},
        {"sector_energy", &Palette::sectorEnergy},
        {"sector_other", &Palette::sectorOther},
        {"legend_ink", &Palette::legendInk},
        {"flow_pulse", &Palette::flowPulse},
        {"flow_emphasis", &Palette::flowEmphasis},
        {"label_country", &Palette::labelCountry},
        {"label_region", &Palette::labelRegion},
        {"label_water", &Palette::labelWater},
        {"label_capital", &Palette::labelCapital},
        {"label_city", &Palette::labelCity},
        {"label_node", &Palette::labelNode},
        {"label_project", &Palette::labelProject},
        {"label_halo", &Palette::labelHalo},
        {"label_water_halo", &Palette::labelWaterHalo},
        {"label_dot_fill", &Palette::labelDotFill},
        {"label_dot_stroke", &Palette::labelDotStroke},
        {"route_rail", &Palette::routeRail},
        {"route_sea", &Palette::routeSea},
        {"route_road", &Palette::routeRoad},
        {"route_casing", &Palette::routeCasing},
        {"route_particle", &Palette::routeParticle},
        {"node_fill", &Palette::nodeFill},
        {"node_stroke", &Palette::nodeStroke},
        {"destination_fill", &Palette::destFill},
        {"destination_stroke", &Palette::destStroke},
        {"legend_panel", &Palette::legendPanel},
        {"legend_outline", &Palette::legendOutline},
        {"legend_shadow", &Palette::legendShadow},
        {"legend_separator", &Palette::legendSeparator},
        {"legend_year", &Palette::legendYear},
        {"legend_title", &Palette::legendTitle},
        {"legend_label", &Palette::legendLabel},
        {"legend_note", &Palette::legendNote},
        {"legend_marker_outline", &Palette::legendMarkerOutline},
        {"legend_neutral_sample", &Palette::legendNeutralSample},
        {"furniture_ink", &Palette::furnitureInk},
        {"furniture_halo", &Palette::furnitureHalo},
        {"caption_rule", &Palette::captionRule},
        {"callout_dot", &Palette::calloutDot},
        {"edge_halo", &Palette::edgeHalo},
        {"edge_flow", &Palette::edgeFlow},
        {"edge_route", &Palette::edgeRoute},
        {"inset_frame", &Palette::insetFrame},
        {"added_layer", &Palette::addedLayer},
        {"added_point_stroke", &Palette::addedPointStroke},
        {"unstyled_fill", &Palette::unstyledFill},
        {"ui_window_bg", &Palette::uiWindowBg},
        {"ui_popup_bg", &Palette::uiPopupBg},
        {"ui_header", &Palette::uiHeader},
        {"ui_header_hovered", &Palette::uiHeaderHovered},
        {"ui_check_mark", &Palette::uiCheckMark},
        {"ui_frame_bg", &Palette::uiFrameBg},
        {"ui_title_bg", &Palette::uiTitleBg},
        {"ui_title_bg_active", &Palette::uiTitleBgActive},
        {"ui_button", &Palette::uiButton},
        {"ui_button_hovered", &Palette::uiButtonHovered},
        {"ui_link", &Palette::uiLink},
        {"ui_warning", &Palette::uiWarning},
    };
    return kFields;
}

std::string paletteValueText(const Rgba& c) {
    const int r = exactByte(c.r), g = exactByte(c.g), b = exactByte(c.b), a = exactByte(c.a);
    if (r < 0 || g < 0 || b < 0) {
        return "[" + floatText(c.r) + ", " + floatText(c.g) + ", " + floatText(c.b) + ", " +
               floatText(c.a) + "]";
    }
    char hex[16];
    std::snprintf(hex, sizeof hex, "#%02x%02x%02x", r, g, b);
    if (c.a == 1.f) return std::string("\"") + hex + "\"";
    if (a >= 0 && floatText(c.a).size() > 4) {
        std::snprintf(hex + 7, sizeof hex - 7, "%02x", a);
        return std::string("\"") + hex + "\"";
    }
    return std::string("[\"") + hex + "\", " + floatText(c.a) + "]";
}

}  // namespace scene
