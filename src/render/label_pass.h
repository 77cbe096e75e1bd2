// The map's labels: the SDF label layer, the label set, and the placement an export draws (placed
// once per whole frame, so the tiles of one frame share it and nothing is cut or doubled at their
// seams; the window passes its own placement, with fades). Apart from MapRenderer so placing and
// drawing labels is one part's job; what the labels keep clear of (the furniture) is the
// renderer's to say (scene::planFrame). Owns its GL layer; the GL context must outlive it.
#pragma once

#include "render/frame_stats.h"
#include "render/label_layer.h"
#include "scene/frame_spec.h"
#include "scene/label_placement.h"
#include "scene/label_placement_key.h"
#include "scene/manifest.h"
#include "scene/tie_key.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace render {

class LabelPass {
public:
    // The SDF fonts: false with *error when a font cannot be read (then no labels are drawn).
    bool setFonts(const SdfFontFiles& fonts, std::string* error);
    // Where the fonts' glyph fields are kept between runs ("" = nowhere); kept for later fonts.
    void setGlyphCacheDir(const std::string& dir);
    // The labels, once per data set and projection.
    void setLabels(scene::LabelSet labels);
    const scene::LabelSet& labels() const { return m_labels; }
    uint64_t generation() const { return m_generation; }  // bumped by setLabels

    // Whether spec's frame shows labels: they are on, there are fonts and labels to show.
    bool shown(const scene::FrameSpec& spec) const;
    // Places the labels for the whole frame of `spec` (all its tiles) clear of `reservedPx`
    // (frame pixels) and the window's left panel, with hysteresis against `previous`. Only
    // when shown(spec).
    scene::LabelPlacement place(const scene::FrameSpec& spec,
                                const std::vector<scene::LabelBox>& reservedPx, bool nodeObstacles,
                                const scene::LabelPlacement* previous) const;
    // Draws `placed` into the bound framebuffer; nullptr draws the export placement of spec's
    // whole frame, placed by `placeWhole` when anything it depends on changed (the frame's
    // placement key, `timelineUploads`). Nothing when not shown(spec).
    void draw(const scene::FrameSpec& spec, const scene::LabelPlacement* placed,
              const std::vector<scene::Theme>& themes, size_t timelineUploads,
              const std::function<scene::LabelPlacement()>& placeWhole, FrameStats* stats);

private:
    std::unique_ptr<LabelLayer> m_layer;
    std::string m_glyphCacheDir;
    scene::LabelSet m_labels;
    uint64_t m_generation = 0;
    // The last export placement and what it was placed for (tiles of one frame share it).
    scene::LabelPlacement m_exportLabels;
    struct ExportLabelsKey : scene::TieKey<ExportLabelsKey> {
        scene::LabelPlacementKey placement;  // of the whole frame, not the tile
        size_t timelineUploads = 0;          // the flows and markers the labels keep clear of
        auto tie() const { return std::tie(placement, timelineUploads); }
    };
    std::optional<ExportLabelsKey> m_exportKey;
};

}  // namespace render
