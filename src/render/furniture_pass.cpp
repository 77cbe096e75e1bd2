#include "render/furniture_pass.h"

#include "render/gl.h"

namespace render {

bool FurniturePass::setFonts(const std::string& regularFile, const std::string& boldFile,
                             std::string* error) {
    m_metrics.reset();
    m_text = TextRenderer::create(regularFile, boldFile, error);
    if (m_text) m_metrics = std::make_unique<TextRendererMetrics>(*m_text);
    return m_text != nullptr;
}

void FurniturePass::setFallbackFont(const std::string& file) {
    if (m_text && !file.empty()) m_text->setFallbackFont(file, nullptr);
}

int FurniturePass::draw(const scene::FurniturePlan& plan, const scene::FrameSpec& spec,
                        const InsetMap& insetMap) {
    if (!m_text) return 0;
    int calls = 0;
    // Frame pixels -> this target's (a tile of a larger frame draws its part of each piece).
    const glm::vec2 shift(-static_cast<float>(spec.tile.offsetXPx),
                          -static_cast<float>(spec.tile.offsetYPx));
    const glm::vec2 viewport(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    auto inTile = [&](glm::vec2 lo, glm::vec2 hi) {
        return !(hi.x < 0.f || hi.y < 0.f || lo.x > viewport.x || lo.y > viewport.y);
    };
    if (!plan.furniture.empty()) {
        // Shapes first, then all text over them (cards never overlap, so no text is covered).
        queueOverlayItems(plan.furniture, shift, *m_shapes, *m_text);
        m_shapes->flush(viewport);
        m_text->flush(viewport);
        calls += 2;
    }
    if (plan.insetMapPx && insetMap) {
        const scene::LabelBox& r = *plan.insetMapPx;
        const glm::vec2 lo = glm::vec2(r.x0, r.y0) + shift, hi = glm::vec2(r.x1, r.y1) + shift;
        if (inTile(lo, hi)) {
            calls += insetMap(lo, hi);
            glViewport(0, 0, spec.widthPx, spec.heightPx);
            queueOverlayItems(plan.insetFrame, shift, *m_shapes, *m_text);
            m_shapes->flush(viewport);
            ++calls;
        }
    }
    if (!plan.hasLegend()) return calls;
    const float reach = 3.f * plan.legendStyle.shadowBlurPt * plan.legendPixelsPerPoint;
    const glm::vec2 lo = plan.legendOriginPx + shift - reach;
    if (!inTile(lo, lo + plan.legendSizePx + 2.f * reach)) return calls;
    queueOverlayItems(plan.legendItems, shift, *m_shapes, *m_text);
    m_shapes->flush(viewport);
    m_text->flush(viewport);
    glViewport(0, 0, spec.widthPx, spec.heightPx);
    return calls + 2;
}

OverlayRecord FurniturePass::record(const scene::FurniturePlan& plan) const {
    OverlayRecord record;
    if (!m_text) return record;
    record.regularFont = m_text->regularFontFile();
    record.boldFont = m_text->boldFontFile();
    record.items = plan.drawOrder();
    return record;
}

}  // namespace render
