// Executes laid-out overlay items (scene::OverlayItem: the furniture plan, the legend) on the GL
// path, and measures text for the layout from the TextRenderer's fonts.
#pragma once

#include "render/overlay_batch.h"
#include "render/text_renderer.h"
#include "scene/overlay_item.h"
#include "scene/text_metrics.h"

#include <glm/vec2.hpp>

#include <vector>

namespace render {

// The TextRenderer's faces as the layout's TextMetrics (the renderer must outlive it).
class TextRendererMetrics : public scene::TextMetrics {
public:
    explicit TextRendererMetrics(const TextRenderer& text) : m_text(text) {}
    float widthPx(const std::string& utf8, float sizePx, bool bold) const override {
        return m_text.measure(utf8, sizePx, bold).x;
    }
    float descentPx(float sizePx, bool bold) const override {
        return m_text.lineMetrics(sizePx, bold).descentPx;
    }

private:
    const TextRenderer& m_text;
};

// Queues the items, moved by shiftPx (frame pixels to a tile's: minus its offset), shapes into
// `shapes` and text runs into `text`, in order; the caller flushes both.
void queueOverlayItems(const std::vector<scene::OverlayItem>& items, glm::vec2 shiftPx,
                       OverlayBatch& shapes, TextRenderer& text);

}  // namespace render
