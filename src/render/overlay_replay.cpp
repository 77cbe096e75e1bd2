#include "render/overlay_replay.h"

namespace render {

void queueOverlayItems(const std::vector<scene::OverlayItem>& items, glm::vec2 shiftPx,
                       OverlayBatch& shapes, TextRenderer& text) {
    using Kind = scene::OverlayItem::Kind;
    for (const scene::OverlayItem& i : items) {
        const glm::vec2 a = i.a + shiftPx, b = i.b + shiftPx;
        switch (i.kind) {
            case Kind::RoundedRect:
                shapes.addRoundedRect(a, b, i.size, i.style);
                break;
            case Kind::Circle:
                shapes.addCircle(a, i.size, i.style);
                break;
            case Kind::Diamond:
                shapes.addDiamond(a, i.size, i.style);
                break;
            case Kind::Line:
                shapes.addLine(a, b, i.size, i.color, i.cap, i.dash, i.hatchPx);
                break;
            case Kind::Text:
                text.add(i.text, a, i.size, i.color, i.bold, i.haloPx, i.halo);
                break;
        }
    }
}

}  // namespace render
