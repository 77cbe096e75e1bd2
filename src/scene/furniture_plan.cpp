// The frame's furniture laid out: the pieces in their corners (this file) and the cards and
// edge indicators that follow the view (furniture_cards.cpp), all in frame pixels.
#include "scene/furniture_plan.h"

#include "scene/furniture_parts.h"
#include "scene/scale_bar.h"
#include "scene/text_wrap.h"
#include "scene/ui_text.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>

namespace scene {

namespace furniture {

Rgba withAlpha(Rgba c, float a) {
    c.a *= a;
    return c;
}

bool overlapsAny(const LabelBox& b, const std::vector<LabelBox>& taken, float gap) {
    return std::any_of(taken.begin(), taken.end(), [&](const LabelBox& t) {
        return b.x0 < t.x1 + gap && t.x0 < b.x1 + gap && b.y0 < t.y1 + gap && t.y0 < b.y1 + gap;
    });
}

void Layout::place(FurniturePlan::Piece piece, glm::vec2 min, glm::vec2 max, bool reserve,
                   bool take) {
    const LabelBox b{min.x, min.y, max.x, max.y};
    plan.boxes.push_back({piece, b});
    if (reserve) plan.reserved.push_back(b);
    if (take) taken.push_back(b);
}

}  // namespace furniture

namespace {

using furniture::Layout;
using furniture::withAlpha;
using Piece = FurniturePlan::Piece;

void attribution(Layout& l) {
    const std::string text = attributionText(l.lang);
    const float size = 7.f * l.pt;
    const float w = l.text.widthPx(text, size, false);
    const glm::vec2 at(l.frame.x - l.margin * 0.6f - w, l.frame.y - l.margin * 0.5f);
    l.place(Piece::Attribution, at - glm::vec2(0.f, size), at + glm::vec2(w, 0.3f * size));
    l.items.addText(text, glm::round(at), size, withAlpha(l.ink, 0.8f), false, 1.2f * l.pt, l.halo);
}

void scaleBar(Layout& l, double groundMetresPerPx) {
    const ScaleBar bar = scaleBarFor(groundMetresPerPx, 110.0 * l.pt);
    if (!(bar.lengthPx > 0.0)) return;
    const float pt = l.pt;
    const float len = static_cast<float>(bar.lengthPx);
    const float h = 3.5f * pt;
    const glm::vec2 barLeft(l.left, l.bottomY - h);
    // Two halves, solid then hollow, with a casing so it reads over land and sea.
    l.items.addLine(barLeft + glm::vec2(-0.75f * pt, 0.5f * h),
                    barLeft + glm::vec2(len + 0.75f * pt, 0.5f * h), h + 2.f * pt, l.halo);
    l.items.addLine(barLeft + glm::vec2(0, 0.5f * h), barLeft + glm::vec2(0.5f * len, 0.5f * h), h,
                    l.ink);
    l.items.addLine(barLeft + glm::vec2(0.5f * len, 0.5f * h), barLeft + glm::vec2(len, 0.5f * h),
                    h, withAlpha(l.ink, 0.35f));
    const float size = 8.5f * pt;
    const float baseline = barLeft.y - 3.5f * pt;
    l.items.addText("0", glm::round(barLeft + glm::vec2(-0.3f * size, baseline - barLeft.y)), size,
                    l.ink, false, 1.2f * pt, l.halo);
    const std::string label = distanceLabel(bar.metres, l.lang);
    const float lw = l.text.widthPx(label, size, false);
    l.items.addText(label, glm::round(glm::vec2(barLeft.x + len - 0.5f * lw, baseline)), size,
                    l.ink, false, 1.2f * pt, l.halo);
    l.place(Piece::ScaleBar, glm::vec2(barLeft.x - 0.5f * size, baseline - size),
            glm::vec2(barLeft.x + len + 0.5f * lw, barLeft.y + h + pt));
    l.bottomY = baseline - size - 8.f * pt;
}

void insetPanel(Layout& l, const FurnitureInput::Inset& inset) {
    const LabelBox r =
        insetRectPx(l.frame, l.pt, l.ov.attribution, inset.boundsMin, inset.boundsMax);
    const glm::vec2 lo(r.x0, r.y0), hi(r.x1, r.y1);
    const float pad = 3.f * l.pt;
    l.place(Piece::Inset, lo - pad, hi + pad);
    l.bottomRightY = lo.y - pad;
    l.bottomRightX = lo.x - pad;
    const float radius = l.style.cornerRadiusPt * l.pt;
    l.items.addRoundedRect(lo - pad + glm::vec2(0, 2.f * l.pt), hi + pad + glm::vec2(0, 2.f * l.pt),
                           radius, l.shadow);
    l.items.addRoundedRect(lo - pad, hi + pad, radius, l.panel);
    l.plan.insetMapPx = r;
    furniture::insetFrame(l, inset, r);
}

void caption(Layout& l) {
    const float pt = l.pt, ts = l.ts;
    const FrameSpec::Overlays& ov = l.ov;
    const float pad = 14.f * pt * ts;
    const float bodySize = static_cast<float>(kCaptionBodyPt) * pt * ts;
    // (Larger text needs less contrast in size: the heading stays a quarter over the body.)
    const float titleSize = std::max(17.f * pt, 1.25f * bodySize);
    // Larger text runs across the frame's width (like subtitles), so the card stays low; up to
    // what stands at the bottom right (the inset, a legend there), however narrow that leaves it.
    float right = l.bottomRightX;
    if (l.plan.hasLegend() && ov.legendCorner == FrameCorner::BottomRight)
        right = std::min(right, l.frame.x - std::round(l.margin) - l.plan.legendSizePx.x);
    const float room = right - l.left - l.margin - 2.f * pad;
    const float maxW = std::min(
        room, ts > 1.f ? std::max(room, 330.f * pt) : std::min(330.f * pt, 0.45f * l.frame.x));
    const auto titleLines = wrapText(ov.captionTitle, l.text, titleSize, true, maxW);
    const auto bodyLines = wrapText(ov.caption, l.text, bodySize, false, maxW);
    float w = 0.f;
    for (const auto& s : titleLines) w = std::max(w, l.text.widthPx(s, titleSize, true));
    for (const auto& s : bodyLines) w = std::max(w, l.text.widthPx(s, bodySize, false));
    const float titleLine = 1.2f * titleSize, bodyLine = 1.4f * bodySize;
    const float gap = titleLines.empty() || bodyLines.empty() ? 0.f : 6.f * pt * ts;
    const float h = titleLine * static_cast<float>(titleLines.size()) + gap +
                    bodyLine * static_cast<float>(bodyLines.size());
    const glm::vec2 min(l.left, l.bottomY - h - 2.f * pad);
    const glm::vec2 max(l.left + w + 2.f * pad, l.bottomY);
    const float radius = l.style.cornerRadiusPt * pt;
    l.items.addRoundedRect(min + glm::vec2(0, 2.f * pt), max + glm::vec2(0, 2.f * pt), radius,
                           l.shadow);
    l.items.addRoundedRect(min, max, radius, l.panel);
    // An accent rule on the card's left edge, in the corridor's colour.
    l.items.addLine(min + glm::vec2(0.5f * pad, pad), glm::vec2(min.x + 0.5f * pad, max.y - pad),
                    2.f * pt, l.palette.captionRule);
    float y = min.y + pad;
    for (const auto& s : titleLines) {
        y += titleLine;
        l.items.addText(s, glm::round(glm::vec2(min.x + pad, y - 0.25f * titleSize)), titleSize,
                        l.style.yearText, true);
    }
    y += gap;
    for (const auto& s : bodyLines) {
        y += bodyLine;
        l.items.addText(s, glm::round(glm::vec2(min.x + pad, y - 0.35f * bodySize)), bodySize,
                        l.style.labelText);
    }
    l.place(Piece::Caption, min, max);
    l.bottomY = min.y - 8.f * pt;
}

// The legend's content, style and size at the pixels per point it is drawn at.
void legendSize(Layout& l, const LegendSpec& content) {
    FurniturePlan& plan = l.plan;
    LegendSpec legend = content;
    plan.legendStyle = l.style;
    plan.legendPixelsPerPoint = l.pt;
    if (l.ov.legendCompact || l.ov.textScale > 1.5f) {
        // The year and the title only: what a presenter needs on screen at a glance (and all
        // there is room for with projector text).
        legend.subtitle.clear();
        legend.entries.clear();
        plan.legendStyle.minContentWidthPt = 0.f;
    }
    glm::vec2 size = legendSizePx(legend, plan.legendStyle, l.text, plan.legendPixelsPerPoint);
    const float scale = l.ov.textScale;
    if (scale > 1.f && size.x > 0.f && size.y > 0.f) {
        // Larger text, as far as the panel still fits: at most a third of the frame's width and
        // three quarters of its height (a full legend at projector size would fill the frame).
        const float fit = std::min(0.34f * l.frame.x / size.x, 0.75f * l.frame.y / size.y);
        plan.legendPixelsPerPoint *= std::max(1.f, std::min(scale, fit));
        size = legendSizePx(legend, plan.legendStyle, l.text, plan.legendPixelsPerPoint);
    }
    plan.legendSizePx = size;
    l.legend = std::move(legend);
}

// The legend in its corner, clear of the caption, the scale bar and the attribution.
void legendPanel(Layout& l) {
    FurniturePlan& plan = l.plan;
    const glm::vec2 size = plan.legendSizePx;
    const float m = std::round(l.margin);
    glm::vec2 at(l.frame.x - m - size.x, m);  // top right
    switch (l.ov.legendCorner) {
        case FrameCorner::TopRight:
            break;
        case FrameCorner::TopLeft:
            at.x = std::round(l.ov.leftInsetPx) + m;
            break;
        case FrameCorner::BottomRight:
            at.y = std::round(std::min(l.frame.y - m, l.bottomRightY - 0.5f * m) - size.y);
            break;
        case FrameCorner::BottomLeft:  // above the scale bar and the caption
            at = glm::round(glm::vec2(l.left, l.bottomY - size.y));
            break;
    }
    plan.legendOriginPx = at;
    l.place(Piece::Legend, at, at + size, false);
    plan.legendItems =
        legendItems(l.legend, plan.legendStyle, l.text, plan.legendPixelsPerPoint, at);
}

}  // namespace

LabelBox insetRectPx(glm::vec2 frame, float pt, bool attribution, glm::dvec2 boundsMin,
                     glm::dvec2 boundsMax) {
    const float margin = LegendStyle{}.marginPt * pt;
    const glm::dvec2 size = boundsMax - boundsMin;
    const float aspect = size.x > 0.0 && size.y > 0.0 ? static_cast<float>(size.y / size.x) : 0.5f;
    float w = std::round(std::min(170.f * pt, 0.3f * frame.x));
    float h = std::round(w * aspect);
    if (h > 0.3f * frame.y) {
        h = std::round(0.3f * frame.y);
        w = std::round(h / aspect);
    }
    const float bottom =
        attribution ? frame.y - margin * 0.5f - 7.f * pt - 6.f * pt : frame.y - margin;
    const float x1 = std::round(frame.x - margin), y1 = std::round(bottom);
    return {x1 - w, y1 - h, x1, y1};
}

LabelBox FurniturePlan::legendShadowBox() const {
    const float s = legendStyle.shadowBlurPt * legendPixelsPerPoint;
    const glm::vec2 lo = legendOriginPx, hi = legendOriginPx + legendSizePx;
    return {lo.x - s, lo.y - s, hi.x + s, hi.y + 1.5f * s};
}

std::vector<LabelBox> FurniturePlan::coverPx() const {
    std::vector<LabelBox> out = reserved;
    if (hasLegend()) out.push_back(legendShadowBox());
    if (scaleBarReachPx) out.push_back(*scaleBarReachPx);
    return out;
}

std::vector<OverlayItem> FurniturePlan::drawOrder() const {
    std::vector<OverlayItem> out = shapesThenText(furniture);
    out.insert(out.end(), insetFrame.begin(), insetFrame.end());
    const std::vector<OverlayItem> legend = shapesThenText(legendItems);
    out.insert(out.end(), legend.begin(), legend.end());
    return out;
}

FurniturePlan planFurniture(const FurnitureInput& in, const TextMetrics& text) {
    Layout l(in, text);
    const FrameSpec::Overlays& ov = in.overlays;
    if (ov.attribution) attribution(l);
    if (ov.scaleBar) {
        l.plan.scaleBarReachPx = LabelBox{ov.leftInsetPx, l.frame.y - l.margin - 24.f * l.pt,
                                          ov.leftInsetPx + l.margin + 150.f * l.pt, l.frame.y};
        if (in.groundMetresPerPx > 0.0) scaleBar(l, in.groundMetresPerPx);
    }
    if (ov.inset && in.inset) insetPanel(l, *in.inset);
    if (in.legend) legendSize(l, *in.legend);
    if (!ov.caption.empty() || !ov.captionTitle.empty()) caption(l);
    if (l.plan.hasLegend()) legendPanel(l);
    if (!in.edgeIndicators.empty()) furniture::edgeIndicators(l, in.edgeIndicators);
    for (const PinnedCard& c : in.cards) furniture::card(l, c);
    l.plan.furniture = std::move(l.items.items);
    return std::move(l.plan);
}

}  // namespace scene
