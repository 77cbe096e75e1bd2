#include "scene/overlay_item.h"

#include <glm/common.hpp>

#include <algorithm>

namespace scene {

void OverlayList::addRoundedRect(glm::vec2 minPx, glm::vec2 maxPx, float cornerRadiusPx,
                                 const ShapeStyle& style) {
    const glm::vec2 half = glm::max((maxPx - minPx) * 0.5f, glm::vec2(0.f));
    if (half.x <= 0.f || half.y <= 0.f) return;
    OverlayItem item;
    item.kind = OverlayItem::Kind::RoundedRect;
    item.a = minPx;
    item.b = maxPx;
    item.size = std::clamp(cornerRadiusPx, 0.f, std::min(half.x, half.y));
    item.style = style;
    items.push_back(std::move(item));
}

void OverlayList::addCircle(glm::vec2 centerPx, float radiusPx, const ShapeStyle& style) {
    if (radiusPx <= 0.f) return;
    OverlayItem item;
    item.kind = OverlayItem::Kind::Circle;
    item.a = centerPx;
    item.size = radiusPx;
    item.style = style;
    items.push_back(std::move(item));
}

void OverlayList::addDiamond(glm::vec2 centerPx, float halfDiagonalPx, const ShapeStyle& style) {
    if (halfDiagonalPx <= 0.f) return;
    OverlayItem item;
    item.kind = OverlayItem::Kind::Diamond;
    item.a = centerPx;
    item.size = halfDiagonalPx;
    item.style = style;
    items.push_back(std::move(item));
}

void OverlayList::addLine(glm::vec2 fromPx, glm::vec2 toPx, float widthPx, const Rgba& color,
                          LineCap cap, const DashPattern& dash, float hatchPx) {
    OverlayItem item;
    item.kind = OverlayItem::Kind::Line;
    item.a = fromPx;
    item.b = toPx;
    item.size = widthPx;
    item.color = color;
    item.cap = cap;
    item.dash = dash;
    item.hatchPx = hatchPx;
    items.push_back(std::move(item));
}

void OverlayList::addText(const std::string& utf8, glm::vec2 baselineLeftPx, float sizePx,
                          const Rgba& color, bool bold, float haloPx, const Rgba& halo) {
    if (utf8.empty() || !(sizePx > 0.f)) return;
    OverlayItem item;
    item.kind = OverlayItem::Kind::Text;
    item.a = baselineLeftPx;
    item.size = sizePx;
    item.color = color;
    item.text = utf8;
    item.bold = bold;
    item.haloPx = haloPx;
    item.halo = halo;
    items.push_back(std::move(item));
}

std::vector<OverlayItem> shapesThenText(const std::vector<OverlayItem>& items) {
    std::vector<OverlayItem> out = items;
    std::stable_partition(out.begin(), out.end(),
                          [](const OverlayItem& i) { return i.kind != OverlayItem::Kind::Text; });
    return out;
}

}  // namespace scene
