// Draws the frame's furniture on the GL path: executes a scene::FurniturePlan (laid out on the
// whole frame) in one tile of it, shifted by the tile's offset. Owns the overlay shape batch and
// the furniture's text renderer (TrueType fonts), and measures text for the plan with them.
#pragma once

#include "render/overlay_batch.h"
#include "render/overlay_replay.h"
#include "render/text_renderer.h"
#include "scene/frame_spec.h"
#include "scene/furniture_plan.h"

#include <functional>
#include <memory>
#include <string>

namespace render {

class FurniturePass {
public:
    explicit FurniturePass(std::unique_ptr<OverlayBatch> shapes) : m_shapes(std::move(shapes)) {}

    // The furniture's fonts; without them nothing is drawn (hasFonts). False with *error when a
    // font cannot be read.
    bool setFonts(const std::string& regularFile, const std::string& boldFile, std::string* error);
    // A face for what the fonts lack (Chinese in the legend and the caption); quietly nothing
    // without fonts or when it cannot be read.
    void setFallbackFont(const std::string& file);
    bool hasFonts() const { return m_text != nullptr; }
    // Measures with the fonts; hasFonts() must be true.
    const scene::TextMetrics& metrics() const { return *m_metrics; }

    // The inset's overview map drawn into its box (in the target's pixels, y down); returns the
    // draw calls.
    using InsetMap = std::function<int(glm::vec2 loPx, glm::vec2 hiPx)>;
    // Draws `plan` into the bound framebuffer of the tile `spec` draws: the furniture's shapes
    // then its text, the inset's map (when `insetMap` is given and the inset is in this tile)
    // with the view's frame over it, then the legend when it reaches into this tile. Returns the
    // draw calls.
    int draw(const scene::FurniturePlan& plan, const scene::FrameSpec& spec,
             const InsetMap& insetMap);

    // The plan as the vector export draws it: its items in draw order and the font files.
    OverlayRecord record(const scene::FurniturePlan& plan) const;

private:
    std::unique_ptr<OverlayBatch> m_shapes;
    std::unique_ptr<TextRenderer> m_text;
    std::unique_ptr<TextRendererMetrics> m_metrics;
};

}  // namespace render
