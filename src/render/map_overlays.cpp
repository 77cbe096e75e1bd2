// MapRenderer's frame furniture besides the legend: the scale bar (true distance at the frame's
// centre), the attribution line, a story step's caption card and event callouts pinned to
// places. Laid out on the whole frame and shifted by the tile offset, so a tiled export draws
// each piece once, across seams, exactly where the untiled frame has it.
#include "render/map_renderer.h"
#include "scene/scale_bar.h"
#include "scene/ui_text.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>

namespace render {

namespace {

scene::Rgba withAlpha(scene::Rgba c, float a) {
    c.a *= a;
    return c;
}

// True for a UTF-8 lead byte of a CJK character (U+2E80..U+9FFF, U+F900..U+FFEF): Chinese has
// no spaces, so a line may break after any of its characters.
bool cjkLead(const std::string& s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0xE2 || c > 0xEF || i + 1 >= s.size()) return false;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    return (c == 0xE2 && c1 >= 0xBA) || (c >= 0xE3 && c <= 0xE9) || (c == 0xEF && c1 <= 0xBF);
}

// Greedy word wrap to maxWidthPx; a single word longer than the width gets a line of its own.
// A CJK character is a word of its own, joined to its neighbours without a space.
std::vector<std::string> wrap(const std::string& textIn, const TextRenderer& text, float sizePx,
                              bool bold, float maxWidthPx) {
    std::vector<std::string> lines;
    std::string line, word;
    bool glued = false;  // the word touches a CJK character: no space between them
    auto flushWord = [&] {
        if (word.empty()) return;
        const std::string candidate = line.empty() || glued ? line + word : line + " " + word;
        if (!line.empty() && text.measure(candidate, sizePx, bold).x > maxWidthPx) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
        word.clear();
        glued = false;
    };
    for (size_t i = 0; i < textIn.size(); ++i) {
        const char c = textIn[i];
        if (c == ' ' || c == '\n') {
            flushWord();
            glued = false;
            if (c == '\n' && !line.empty()) {
                lines.push_back(line);
                line.clear();
            }
        } else if (cjkLead(textIn, i)) {
            // The character is a word of its own, glued to what stands right before and after.
            if (!word.empty()) {
                flushWord();
                glued = true;
            }
            word = textIn.substr(i, 3);
            flushWord();
            glued = true;
            i += 2;
        } else {
            word += c;
        }
    }
    flushWord();
    if (!line.empty()) lines.push_back(line);
    return lines;
}

struct Rect {
    glm::vec2 min, max;
    bool overlaps(const Rect& o, float gap) const {
        return min.x < o.max.x + gap && o.min.x < max.x + gap && min.y < o.max.y + gap &&
               o.min.y < max.y + gap;
    }
};

}  // namespace

std::vector<scene::LabelBox> MapRenderer::drawFurniture(const scene::FrameSpec& spec,
                                                        const glm::vec2& legendSize,
                                                        FrameStats* stats,
                                                        glm::vec2* legendOriginPx) const {
    // Without stats only the layout is made: the boxes labels must keep clear of.
    const bool draw = stats != nullptr;
    std::vector<scene::LabelBox> reserved;
    auto reserve = [&reserved](glm::vec2 min, glm::vec2 max) {
        reserved.push_back({min.x, min.y, max.x, max.y});
    };
    const scene::FrameSpec::Overlays& ov = spec.overlays;
    // The year's TITR tonnage, pinned to the crossing it measures while the route is shown:
    // the first card placed, so event cards make room for it.
    std::vector<scene::FrameSpec::Callout> cards;
    const scene::UiLanguage lang = scene::uiLanguage(spec.labels.language);
    if (m_hasTimeline && spec.timeline.route) {
        if (auto tag = scene::volumeTag(m_volumes, m_timeline.route, spec.year)) {
            // The tag in the labels' language, from the same sourced figure.
            const int year = static_cast<int>(std::floor(spec.year));
            for (const auto& y : m_volumes.years) {
                if (y.year != year || lang == scene::UiLanguage::En) continue;
                tag->title = scene::tonnageTagTitle(y.tonnes, year, lang);
                tag->detail = scene::tonnageTagDetail(lang);
            }
            cards.push_back({tag->title, tag->detail, tag->world, 1.f});
        }
    }
    cards.insert(cards.end(), ov.callouts.begin(), ov.callouts.end());
    if (!ov.scaleBar && !ov.attribution && ov.caption.empty() && ov.captionTitle.empty() &&
        cards.empty() && legendSize.x <= 0.f && !ov.edgeIndicators && !ov.inset)
        return reserved;
    const scene::Palette palette = scene::paletteFor(m_themes, spec.theme);
    const LegendStyle style = legendStyleFor(palette);
    const float pt = static_cast<float>(spec.pixelsPerPoint);
    const glm::vec2 frame(scene::frameSizePx(spec));
    // Frame pixel -> this target's pixel.
    const glm::vec2 shift(-static_cast<float>(spec.tile.offsetXPx),
                          -static_cast<float>(spec.tile.offsetYPx));
    const glm::vec2 viewport(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    const float margin = style.marginPt * pt;
    const float left = ov.leftInsetPx + margin;  // bottom-left furniture starts here
    const scene::Rgba ink = palette.furnitureInk;
    const scene::Rgba halo = palette.furnitureHalo;
    ShapeStyle panel;
    panel.fill = style.panelFill;
    panel.outline = style.panelOutline;
    panel.outlineWidthPx = style.outlineWidthPt * pt;
    ShapeStyle shadow;
    shadow.fill = style.shadow;
    shadow.blurPx = style.shadowBlurPt * pt;

    float bottomY = frame.y - margin;  // what is stacked at the bottom left grows upward
    // ---- attribution, bottom right -------------------------------------------------------------
    if (ov.attribution) {
        const std::string attribution = scene::attributionText(lang);
        const float size = 7.f * pt;
        const float w = m_text->measure(attribution, size).x;
        const glm::vec2 at(frame.x - margin * 0.6f - w, frame.y - margin * 0.5f);
        reserve(at - glm::vec2(0.f, size), at + glm::vec2(w, 0.3f * size));
        if (draw)
            m_text->add(attribution, glm::round(at + shift), size, withAlpha(ink, 0.8f), false,
                        1.2f * pt, halo);
    }
    // ---- scale bar, bottom left ----------------------------------------------------------------
    if (ov.scaleBar && m_projection) {
        // Measured at the whole frame's centre (a tile's camera is centred on the tile).
        const glm::dvec2 centre = glm::dvec2(frame.x * 0.5 + ov.leftInsetPx * 0.5, frame.y * 0.5) -
                                  glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx);
        const double mpp =
            scene::groundMetresPerPx(*m_projection, spec.camera, centre, glm::dvec2(viewport));
        const scene::ScaleBar bar = scene::scaleBarFor(mpp, 110.0 * pt);
        if (bar.lengthPx > 0.0) {
            const float len = static_cast<float>(bar.lengthPx);
            const float h = 3.5f * pt;
            const glm::vec2 barLeft(left, bottomY - h);
            const scene::Rgba dim = withAlpha(ink, 0.35f);
            // Two halves, solid then hollow, with a casing so it reads over land and sea.
            if (draw)
                m_overlay->addLine(barLeft + shift + glm::vec2(-0.75f * pt, 0.5f * h),
                                   barLeft + shift + glm::vec2(len + 0.75f * pt, 0.5f * h),
                                   h + 2.f * pt, halo);
            if (draw)
                m_overlay->addLine(barLeft + shift + glm::vec2(0, 0.5f * h),
                                   barLeft + shift + glm::vec2(0.5f * len, 0.5f * h), h, ink);
            if (draw)
                m_overlay->addLine(barLeft + shift + glm::vec2(0.5f * len, 0.5f * h),
                                   barLeft + shift + glm::vec2(len, 0.5f * h), h, dim);
            const float size = 8.5f * pt;
            const float baseline = barLeft.y - 3.5f * pt;
            if (draw)
                m_text->add(
                    "0",
                    glm::round(barLeft + shift + glm::vec2(-0.3f * size, baseline - barLeft.y)),
                    size, ink, false, 1.2f * pt, halo);
            const std::string label = scene::distanceLabel(bar.metres, lang);
            const float lw = m_text->measure(label, size).x;
            if (draw)
                m_text->add(label,
                            glm::round(glm::vec2(barLeft.x + len - 0.5f * lw, baseline) + shift),
                            size, ink, false, 1.2f * pt, halo);
            reserve(glm::vec2(barLeft.x - 0.5f * size, baseline - size),
                    glm::vec2(barLeft.x + len + 0.5f * lw, barLeft.y + h + pt));
            bottomY = baseline - size - 8.f * pt;
        }
    }
    std::vector<Rect> taken;
    float bottomRightY = ov.attribution ? frame.y - margin * 0.5f - 7.f * pt : frame.y;
    // ---- the locator inset, bottom right above the attribution (its map: drawInset) ---------
    if (ov.inset && m_mapBoundsMax.x > m_mapBoundsMin.x) {
        const scene::LabelBox r = insetRectPx(spec);
        const glm::vec2 lo(r.x0, r.y0), hi(r.x1, r.y1);
        const float pad = 3.f * pt;
        reserve(lo - pad, hi + pad);
        taken.push_back({lo - pad, hi + pad});
        bottomRightY = lo.y - pad;
        if (draw) {
            m_overlay->addRoundedRect(lo - pad + shift + glm::vec2(0, 2.f * pt),
                                      hi + pad + shift + glm::vec2(0, 2.f * pt),
                                      style.cornerRadiusPt * pt, shadow);
            m_overlay->addRoundedRect(lo - pad + shift, hi + pad + shift, style.cornerRadiusPt * pt,
                                      panel);
        }
    }
    const float ts = std::max(ov.textScale, 0.1f);  // projector text: larger cards
    // ---- the story step's caption card, bottom left --------------------------------------------
    if (!ov.caption.empty() || !ov.captionTitle.empty()) {
        const float pad = 14.f * pt * ts;
        const float bodySize = static_cast<float>(scene::kCaptionBodyPt) * pt * ts;
        // (Larger text needs less contrast in size: the heading stays a quarter over the body.)
        const float titleSize = std::max(17.f * pt, 1.25f * bodySize);
        // Larger text runs across the frame's width (like subtitles), so the card stays low.
        const float maxW = ts > 1.f ? std::max(frame.x - left - margin - 2.f * pad, 330.f * pt)
                                    : std::min(330.f * pt, 0.45f * frame.x);
        const auto titleLines = wrap(ov.captionTitle, *m_text, titleSize, true, maxW);
        const auto bodyLines = wrap(ov.caption, *m_text, bodySize, false, maxW);
        float w = 0.f;
        for (const auto& l : titleLines) w = std::max(w, m_text->measure(l, titleSize, true).x);
        for (const auto& l : bodyLines) w = std::max(w, m_text->measure(l, bodySize).x);
        const float titleLine = 1.2f * titleSize, bodyLine = 1.4f * bodySize;
        const float gap = titleLines.empty() || bodyLines.empty() ? 0.f : 6.f * pt * ts;
        const float h = titleLine * static_cast<float>(titleLines.size()) + gap +
                        bodyLine * static_cast<float>(bodyLines.size());
        const glm::vec2 min(left, bottomY - h - 2.f * pad);
        const glm::vec2 max(left + w + 2.f * pad, bottomY);
        if (draw)
            m_overlay->addRoundedRect(min + shift + glm::vec2(0, 2.f * pt),
                                      max + shift + glm::vec2(0, 2.f * pt),
                                      style.cornerRadiusPt * pt, shadow);
        if (draw)
            m_overlay->addRoundedRect(min + shift, max + shift, style.cornerRadiusPt * pt, panel);
        // An accent rule on the card's left edge, in the corridor's colour.
        if (draw)
            m_overlay->addLine(min + shift + glm::vec2(0.5f * pad, pad),
                               glm::vec2(min.x + 0.5f * pad, max.y - pad) + shift, 2.f * pt,
                               palette.captionRule);
        float y = min.y + pad;
        for (const auto& l : titleLines) {
            y += titleLine;
            if (draw)
                m_text->add(l, glm::round(glm::vec2(min.x + pad, y - 0.25f * titleSize) + shift),
                            titleSize, style.yearText, true);
        }
        y += gap;
        for (const auto& l : bodyLines) {
            y += bodyLine;
            if (draw)
                m_text->add(l, glm::round(glm::vec2(min.x + pad, y - 0.35f * bodySize) + shift),
                            bodySize, style.labelText);
        }
        taken.push_back({min, max});
        reserve(min, max);
        bottomY = min.y - 8.f * pt;
    }
    // ---- the legend, in its corner (drawn by drawOverlays) -------------------------------------
    if (legendSize.x > 0.f) {
        const float m = std::round(margin);
        glm::vec2 at(frame.x - m - legendSize.x, m);  // top right
        switch (ov.legendCorner) {
            case scene::FrameCorner::TopRight:
                break;
            case scene::FrameCorner::TopLeft:
                at.x = std::round(ov.leftInsetPx) + m;
                break;
            case scene::FrameCorner::BottomRight:
                at.y = std::round(std::min(frame.y - m, bottomRightY - 0.5f * m) - legendSize.y);
                break;
            case scene::FrameCorner::BottomLeft:  // above the scale bar and the caption
                at = glm::round(glm::vec2(left, bottomY - legendSize.y));
                break;
        }
        if (legendOriginPx) *legendOriginPx = at;
        taken.push_back({at, at + legendSize});
    }
    // ---- edge indicators: toward what the flows and the corridor lead to off screen ----------
    if (ov.edgeIndicators) {
        std::vector<scene::LabelBox> boxes;
        for (const Rect& r : taken) boxes.push_back({r.min.x, r.min.y, r.max.x, r.max.y});
        layoutEdgeIndicators(spec, boxes, reserved, draw);
        for (size_t i = taken.size(); i < boxes.size(); ++i)
            taken.push_back({{boxes[i].x0, boxes[i].y0}, {boxes[i].x1, boxes[i].y1}});
    }
    // ---- event callouts, pinned to their places ------------------------------------------------
    const glm::dvec2 tileSize(viewport);
    for (const auto& c : cards) {
        if (c.opacity <= 0.f) continue;
        const glm::vec2 anchor =
            glm::vec2(spec.camera.pxOf(c.world, tileSize)) - shift;  // in frame pixels
        const float cs = std::min(ts, scene::kMaxCardTextScale);
        const float pad = 7.f * pt * cs, titleSize = 9.5f * pt * cs, detailSize = 8.f * pt * cs;
        const auto lines = wrap(c.title, *m_text, titleSize, true, 190.f * pt * cs);
        float w = c.detail.empty() ? 0.f : m_text->measure(c.detail, detailSize).x;
        for (const auto& l : lines) w = std::max(w, m_text->measure(l, titleSize, true).x);
        const float h = 1.25f * titleSize * static_cast<float>(lines.size()) +
                        (c.detail.empty() ? 0.f : 1.4f * detailSize);
        const glm::vec2 size(w + 2.f * pad, h + 2.f * pad);
        // Up and to the right of the place; other sides when that leaves the frame or meets
        // another card.
        const float lift = 26.f * pt * cs;
        Rect box{};
        bool placed = false;
        for (int attempt = 0; attempt < 12 && !placed; ++attempt) {
            const bool toLeft = attempt % 4 == 1 || attempt % 4 == 3;
            const bool below = attempt % 4 >= 2;
            const float extra = static_cast<float>(attempt / 4) * (size.y + 6.f * pt);
            glm::vec2 min(toLeft ? anchor.x - lift * 0.6f - size.x : anchor.x + lift * 0.6f,
                          below ? anchor.y + lift + extra : anchor.y - lift - size.y - extra);
            box = {min, min + size};
            if (box.min.x < ov.leftInsetPx + margin * 0.5f || box.max.x > frame.x - margin * 0.5f ||
                box.min.y < margin * 0.5f || box.max.y > frame.y - margin * 0.5f)
                continue;
            placed = std::none_of(taken.begin(), taken.end(),
                                  [&](const Rect& r) { return r.overlaps(box, 4.f * pt); });
        }
        if (!placed) continue;  // nowhere clear: better no card than one over another
        taken.push_back(box);
        reserve(box.min, box.max);  // (not the pinned place itself: its own label may stay)
        const float a = std::clamp(c.opacity, 0.f, 1.f);
        ShapeStyle card = panel;
        card.fill = withAlpha(card.fill, a);
        card.outline = withAlpha(card.outline, a);
        ShapeStyle cardShadow = shadow;
        cardShadow.fill = withAlpha(cardShadow.fill, a);
        const glm::vec2 nearest = glm::clamp(anchor, box.min, box.max);
        if (draw)
            m_overlay->addLine(anchor + shift, nearest + shift, 1.2f * pt, withAlpha(ink, 0.8f * a),
                               LineCap::Round);
        ShapeStyle dot;
        dot.fill = withAlpha(palette.calloutDot, a);
        dot.outline = withAlpha(halo, a);
        dot.outlineWidthPx = 1.5f * pt;
        if (draw) m_overlay->addCircle(anchor + shift, 3.5f * pt, dot);
        if (draw)
            m_overlay->addRoundedRect(box.min + shift + glm::vec2(0, 1.5f * pt),
                                      box.max + shift + glm::vec2(0, 1.5f * pt), 5.f * pt,
                                      cardShadow);
        if (draw) m_overlay->addRoundedRect(box.min + shift, box.max + shift, 5.f * pt, card);
        float y = box.min.y + pad;
        for (const auto& l : lines) {
            y += 1.25f * titleSize;
            if (draw)
                m_text->add(l, glm::round(glm::vec2(box.min.x + pad, y - 0.3f * titleSize) + shift),
                            titleSize, withAlpha(style.titleText, a), true);
        }
        if (!c.detail.empty()) {
            y += 1.4f * detailSize;
            if (draw)
                m_text->add(c.detail,
                            glm::round(glm::vec2(box.min.x + pad, y - 0.35f * detailSize) + shift),
                            detailSize, withAlpha(style.noteText, a));
        }
    }
    // Shapes first, then all text over them (cards never overlap, so no text is covered).
    if (draw) m_overlay->flush(viewport);
    if (draw) m_text->flush(viewport);
    if (draw) stats->drawCalls += 2;
    return reserved;
}

}  // namespace render
