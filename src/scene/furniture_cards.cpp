// The furniture that follows the view: event cards pinned to places, edge indicators (a chevron
// at the frame's edge pointing to an off-screen place the flows or the corridor lead to, with a
// small card: "Beijing · 2,600 km", the flows' count and sums per amount kind) and the view's
// frame on the locator inset.
#include "scene/furniture_parts.h"

#include "scene/text_wrap.h"

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

namespace scene::furniture {

using Piece = FurniturePlan::Piece;

void insetFrame(Layout& l, const FurnitureInput::Inset& inset, const LabelBox& rect) {
    const glm::vec2 lo(rect.x0, rect.y0);
    const glm::dvec2 insetPx(rect.x1 - rect.x0, rect.y1 - rect.y0);
    const Camera overview = fitCamera(inset.boundsMin, inset.boundsMax, insetPx);
    const glm::dvec2 frame(l.frame);
    auto toInset = [&](glm::dvec2 framePx) {
        const glm::dvec2 p = overview.pxOf(inset.frameCamera.worldAt(framePx, frame), insetPx);
        return glm::clamp(glm::vec2(p), glm::vec2(0.f), glm::vec2(insetPx)) + lo;
    };
    const glm::vec2 a = toInset({0.0, 0.0}), b = toInset({frame.x, 0.0}), c = toInset(frame),
                    d = toInset({0.0, frame.y});
    const float w = std::max(1.5f * l.pt, 1.f);
    OverlayList lines;
    for (const auto& [p, q] : {std::pair{a, b}, {b, c}, {c, d}, {d, a}})
        lines.addLine(p, q, w, l.palette.insetFrame, LineCap::Round);
    l.plan.insetFrame = std::move(lines.items);
}

void edgeIndicators(Layout& l, const std::vector<EdgeIndicator>& found) {
    const float pt = l.pt;
    const float ts = std::clamp(l.ov.textScale, 0.1f, kMaxCardTextScale);
    const glm::vec2 frame = l.frame;
    const float left = l.ov.leftInsetPx;         // the window's panel
    const float inset = 7.f * pt;                // chevron tip from the edge
    const float arm = 7.f * pt * std::sqrt(ts);  // chevron size
    const float pad = 6.f * pt * ts, titleSize = 9.f * pt * ts, lineSize = 7.5f * pt * ts;
    const ShapeStyle card{l.style.panelFill, l.style.panelOutline, l.style.outlineWidthPt * pt};

    for (const EdgeIndicator& ind : found) {
        const std::vector<std::string> lines = edgeIndicatorLines(ind, l.lang);
        float w = 0.f;
        for (size_t i = 0; i < lines.size(); ++i)
            w = std::max(w, l.text.widthPx(lines[i], i == 0 ? titleSize : lineSize, i == 0));
        const float h = 1.2f * titleSize + 1.3f * lineSize * static_cast<float>(lines.size() - 1);
        const glm::vec2 size(w + 2.4f * pad, h + 2.f * pad);
        // The chevron's tip just inside the edge, on the crossing (right of the panel).
        glm::vec2 tip = glm::vec2(ind.edgePx);
        tip.x = std::clamp(tip.x, left + inset, frame.x - inset);
        tip.y = std::clamp(tip.y, inset, frame.y - inset);
        const glm::vec2 dir = glm::normalize(glm::vec2(ind.directionPx));
        // The card beside it, inward from the edge; slid along the edge when it would cover the
        // legend, the caption or another indicator.
        const bool vertical = ind.edge == FrameEdge::Left || ind.edge == FrameEdge::Right;
        const float gap = 2.f * arm + 2.f * pt;
        glm::vec2 at(0.f);  // the card's top-left
        switch (ind.edge) {
            case FrameEdge::Right:
                at = {tip.x - gap - size.x, tip.y - 0.5f * size.y};
                break;
            case FrameEdge::Left:
                at = {tip.x + gap, tip.y - 0.5f * size.y};
                break;
            case FrameEdge::Top:
                at = {tip.x - 0.5f * size.x, tip.y + gap};
                break;
            case FrameEdge::Bottom:
                at = {tip.x - 0.5f * size.x, tip.y - gap - size.y};
                break;
        }
        const float margin = 4.f * pt;
        bool placed = false;
        LabelBox box{};
        for (int attempt = 0; attempt < 40 && !placed; ++attempt) {
            // 0, +1, -1, +2, -2 ... steps of a third of the card along the edge.
            const float k = static_cast<float>((attempt + 1) / 2) * (attempt % 2 ? 1.f : -1.f);
            glm::vec2 p = at + (vertical ? glm::vec2(0.f, k * size.y * 0.34f)
                                         : glm::vec2(k * size.x * 0.34f, 0.f));
            p.x = std::clamp(p.x, left + margin, frame.x - margin - size.x);
            p.y = std::clamp(p.y, margin, frame.y - margin - size.y);
            box = {p.x, p.y, p.x + size.x, p.y + size.y};
            placed = !overlapsAny(box, l.taken, 3.f * pt);
        }
        const Rgba ink =
            ind.kind == EdgeIndicator::Kind::FlowOrigin ? l.palette.edgeFlow : l.palette.edgeRoute;
        // The chevron: two strokes meeting at the tip, pointing at the place.
        const glm::vec2 back = -dir * arm, side = glm::vec2(-dir.y, dir.x) * (0.8f * arm);
        const glm::vec2 a = tip + back + side, b = tip + back - side;
        l.place(Piece::EdgeArrow,
                {std::min({tip.x, a.x, b.x}) - 2.f * pt, std::min({tip.y, a.y, b.y}) - 2.f * pt},
                {std::max({tip.x, a.x, b.x}) + 2.f * pt, std::max({tip.y, a.y, b.y}) + 2.f * pt});
        for (const auto& [width, colour] :
             {std::pair<float, Rgba>{5.f * pt, l.palette.edgeHalo}, {2.6f * pt, ink}}) {
            l.items.addLine(a, tip, width, colour, LineCap::Round);
            l.items.addLine(b, tip, width, colour, LineCap::Round);
        }
        if (!placed) continue;  // the arrow alone: better than a card over the legend
        const glm::vec2 lo(box.x0, box.y0), hi(box.x1, box.y1);
        l.place(Piece::EdgeCard, lo, hi);
        l.items.addRoundedRect(lo, hi, 4.f * pt, card);
        // A rule in the arrow's colour on the card's side toward the edge.
        l.items.addLine(lo + glm::vec2(0.5f * pad, pad), glm::vec2(lo.x + 0.5f * pad, hi.y - pad),
                        1.5f * pt, ink);
        float y = lo.y + pad;
        for (size_t i = 0; i < lines.size(); ++i) {
            const float s = i == 0 ? titleSize : lineSize;
            y += i == 0 ? 1.2f * titleSize : 1.3f * lineSize;
            l.items.addText(lines[i], glm::round(glm::vec2(lo.x + pad * 1.4f, y - 0.3f * s)), s,
                            i == 0 ? l.style.titleText : l.style.noteText, i == 0);
        }
    }
}

void card(Layout& l, const PinnedCard& c) {
    if (c.opacity <= 0.f) return;
    const float pt = l.pt;
    const glm::vec2 anchor = c.anchorPx;
    const float cs = std::min(l.ts, kMaxCardTextScale);
    const float pad = 7.f * pt * cs, titleSize = 9.5f * pt * cs, detailSize = 8.f * pt * cs;
    const auto lines = wrapText(c.title, l.text, titleSize, true, 190.f * pt * cs);
    float w = c.detail.empty() ? 0.f : l.text.widthPx(c.detail, detailSize, false);
    for (const auto& s : lines) w = std::max(w, l.text.widthPx(s, titleSize, true));
    const float h = 1.25f * titleSize * static_cast<float>(lines.size()) +
                    (c.detail.empty() ? 0.f : 1.4f * detailSize);
    const glm::vec2 size(w + 2.f * pad, h + 2.f * pad);
    // Up and to the right of the place; other sides when that leaves the frame or meets
    // another card.
    const float lift = 26.f * pt * cs;
    const float edge = l.margin * 0.5f;
    LabelBox box{};
    bool placed = false;
    for (int attempt = 0; attempt < 12 && !placed; ++attempt) {
        const bool toLeft = attempt % 4 == 1 || attempt % 4 == 3;
        const bool below = attempt % 4 >= 2;
        const float extra = static_cast<float>(attempt / 4) * (size.y + 6.f * pt);
        const glm::vec2 min(toLeft ? anchor.x - lift * 0.6f - size.x : anchor.x + lift * 0.6f,
                            below ? anchor.y + lift + extra : anchor.y - lift - size.y - extra);
        box = {min.x, min.y, min.x + size.x, min.y + size.y};
        if (box.x0 < l.ov.leftInsetPx + edge || box.x1 > l.frame.x - edge || box.y0 < edge ||
            box.y1 > l.frame.y - edge)
            continue;
        placed = !overlapsAny(box, l.taken, 4.f * pt);
    }
    if (!placed) {  // nowhere clear: better no card than one over another
        ++l.plan.droppedCards;
        return;
    }
    const glm::vec2 lo(box.x0, box.y0), hi(box.x1, box.y1);
    l.place(Piece::Card, lo, hi);  // (not the pinned place itself: its own label may stay)
    const float a = std::clamp(c.opacity, 0.f, 1.f);
    ShapeStyle panel = l.panel;
    panel.fill = withAlpha(panel.fill, a);
    panel.outline = withAlpha(panel.outline, a);
    ShapeStyle shadow = l.shadow;
    shadow.fill = withAlpha(shadow.fill, a);
    const glm::vec2 nearest = glm::clamp(anchor, lo, hi);
    l.items.addLine(anchor, nearest, 1.2f * pt, withAlpha(l.ink, 0.8f * a), LineCap::Round);
    ShapeStyle dot;
    dot.fill = withAlpha(l.palette.calloutDot, a);
    dot.outline = withAlpha(l.halo, a);
    dot.outlineWidthPx = 1.5f * pt;
    l.items.addCircle(anchor, 3.5f * pt, dot);
    l.items.addRoundedRect(lo + glm::vec2(0, 1.5f * pt), hi + glm::vec2(0, 1.5f * pt), 5.f * pt,
                           shadow);
    l.items.addRoundedRect(lo, hi, 5.f * pt, panel);
    float y = lo.y + pad;
    for (const auto& s : lines) {
        y += 1.25f * titleSize;
        l.items.addText(s, glm::round(glm::vec2(lo.x + pad, y - 0.3f * titleSize)), titleSize,
                        withAlpha(l.style.titleText, a), true);
    }
    if (!c.detail.empty()) {
        y += 1.4f * detailSize;
        l.items.addText(c.detail, glm::round(glm::vec2(lo.x + pad, y - 0.35f * detailSize)),
                        detailSize, withAlpha(l.style.noteText, a));
    }
}

}  // namespace scene::furniture
