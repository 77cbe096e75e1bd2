// The colours of a theme: every colour render and ui paint that is not a manifest layer's style.
// One Palette per theme, read from the manifest's [themes.NAME] tables over the built-in table in
// palette.cpp (the only place colour values are written in code). No GL, SDL or ImGui here.
#pragma once

#include "scene/color.h"

#include <string>
#include <vector>

namespace scene {

// Straight-alpha colours. The key each field has in a [themes.NAME] table is in paletteFields().
struct Palette {
    std::string name;  // the theme's canonical name ("dark", "light"): the key selecting it

    // The sea and the frame (the manifest's first theme keys: water, water_edge, accent, vignette).
    Rgba water;            // the sea and the background
    Rgba waterEdge;        // the sea toward the frame's edges (a soft vignette)
    Rgba panelAccent;      // the UI accent colour for this theme
    float vignette = 0.f;  // 0..1: how much the frame darkens toward its edges, over the map

    // Investment flows by sector (Okabe-Ito) and the legend's neutral ink (widths, notes, modes).
    Rgba sectorTransport, sectorEnergy, sectorOther;
    Rgba legendInk;
    // What a flow's colour is mixed toward: the pulses running along it, and emphasis (hover,
    // a story's highlighted flows).
    Rgba flowPulse, flowEmphasis;

    // Map labels per class, their halos (one for land, one for water) and the city dots.
    Rgba labelCountry, labelRegion, labelWater, labelCapital, labelCity, labelNode, labelProject;
    Rgba labelHalo, labelWaterHalo;
    Rgba labelDotFill, labelDotStroke;

    // The Middle Corridor and its markers.
    Rgba routeRail, routeSea, routeRoad, routeCasing, routeParticle;
    Rgba nodeFill, nodeStroke;  // corridor nodes
    Rgba destFill, destStroke;  // destination discs

    // The legend panel (also the look of caption cards, callouts and edge indicator cards).
    Rgba legendPanel, legendOutline, legendShadow, legendSeparator;
    Rgba legendYear, legendTitle, legendLabel, legendNote;
    Rgba legendMarkerOutline, legendNeutralSample;

    // Furniture: scale bar and attribution ink and halo, the caption card's rule, callout dots.
    Rgba furnitureInk, furnitureHalo, captionRule, calloutDot;
    // Edge indicators (flows and the corridor leaving the view) and the inset's view frame.
    Rgba edgeHalo, edgeFlow, edgeRoute, insetFrame;

    // Layers the user adds (--add): fill and line, and the outline of their point markers; the
    // fill of a manifest polygon layer that has none.
    Rgba addedLayer, addedPointStroke, unstyledFill;

    // The Dear ImGui panel, cards and menus; links and warnings in them.
    Rgba uiWindowBg, uiPopupBg, uiHeader, uiHeaderHovered, uiCheckMark, uiFrameBg;
    Rgba uiTitleBg, uiTitleBgActive, uiButton, uiButtonHovered, uiLink, uiWarning;
};

// The built-in palette of a theme: "light" and "print" get the light one, any other name the dark
// one (named `theme`). What a [themes.NAME] table starts from, and what a theme the manifest does
// not define uses.
Palette builtinPalette(const std::string& theme);

// One colour field of the palette and its key in a [themes.NAME] table.
struct PaletteField {
    const char* key;
    Rgba Palette::*field;
};

// A colour a theme table sets over the built-in palette.
struct PaletteColour {
    Rgba Palette::*field = nullptr;
    Rgba value;
};

struct Theme;  // scene/manifest.h

// The palette of `theme` ("print" is "light"): the built-in one of its name with, when `themes`
// (the manifest's) has it, that theme's sea, accent, vignette and colours over it.
Palette paletteFor(const std::vector<Theme>& themes, const std::string& theme);
// Every colour field but water, water_edge and accent (the manifest reads those itself).
const std::vector<PaletteField>& paletteFields();

// A palette colour as written in a theme table: "#rrggbb", "#rrggbbaa", ["#rrggbb", alpha] or
// [r, g, b] / [r, g, b, a] with components 0..1; the text that reads back to exactly `c`.
std::string paletteValueText(const Rgba& c);

}  // namespace scene
