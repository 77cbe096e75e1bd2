// Handing a loaded session to the renderer: base map, timeline layers, fonts. The window, the
// headless render and the bench all go through this, so they draw the same frame.
#pragma once

#include "app/fonts.h"
#include "app/map_session.h"
#include "render/map_renderer.h"

#include <string>
#include <vector>

namespace app {

// Uploads everything; problems that leave the map drawable (no font found) are added to
// `warnings`.
void prepareRenderer(render::MapRenderer& renderer, const MapSession& session,
                     std::vector<std::string>* warnings);

// The font files the renderer uses, as fontconfig matches them (the legend's regular and bold,
// the labels' faces). No GL: reading fontconfig's configuration takes ~25 ms, so render looks
// them up on another thread while its own opens the GL context.
struct RendererFonts {
    std::string regular, bold;
    LabelFontFiles labels;
};
RendererFonts findRendererFonts();

// The two halves of prepareRenderer. The fonts need no map, so they can be made while the map
// loads (render does: the session loads on another thread meanwhile).
void prepareFonts(render::MapRenderer& renderer, std::vector<std::string>* warnings);
// prepareFonts with the files already found.
void prepareFonts(render::MapRenderer& renderer, const RendererFonts& fonts,
                  std::vector<std::string>* warnings);
// `vertices`: render::BaseMapPass::prepare(session.map), when made beforehand.
// `linesOnFirstDraw`: for a single frame, which draws two of each line layer's four bands.
void prepareMap(render::MapRenderer& renderer, const MapSession& session,
                render::BaseMapPass::Vertices* vertices = nullptr, bool linesOnFirstDraw = false);

// Re-uploads the timeline only (after a projection change rebuilt it).
void uploadTimeline(render::MapRenderer& renderer, const MapSession& session);

}  // namespace app
