// MapRenderer's edge indicators (scene/edge_indicators.h) as furniture: a chevron at the frame's
// edge pointing to an off-screen place the flows or the corridor lead to, with a small card
// ("Beijing · 2,600 km", the flows' count and sums per amount kind). Laid out on the whole frame
// like the other furniture, clear of the legend and the caption, and returned as label
// obstacles.
#include "render/map_renderer.h"
#include "scene/edge_indicators.h"

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

namespace render {

namespace {

bool overlapsAny(const scene::LabelBox& b, const std::vector<scene::LabelBox>& taken, float gap) {
    return std::any_of(taken.begin(), taken.end(), [&](const scene::LabelBox& t) {
        return b.x0 < t.x1 + gap && t.x0 < b.x1 + gap && b.y0 < t.y1 + gap && t.y0 < b.y1 + gap;
    });
}

}  // namespace

std::vector<scene::EdgeIndicator> MapRenderer::edgeIndicatorsFor(
    const scene::FrameSpec& spec) const {
    if (!m_hasTimeline || !m_dataset || !spec.overlays.edgeIndicators) return {};
    scene::EdgeIndicatorInput in;
    // The whole frame's camera (a tile's is centred on the tile).
    const glm::dvec2 frame(scene::frameSizePx(spec));
    const glm::dvec2 tileCentre = glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx) +
                                  0.5 * glm::dvec2(spec.widthPx, spec.heightPx);
    in.camera = spec.camera;
    if (spec.tile.frameWidthPx > 0) {
        const glm::dvec2 d = tileCentre - 0.5 * frame;
        in.camera.centerWorld -= glm::dvec2(d.x, -d.y) * spec.camera.metresPerPx;
    }
    in.frameSizePx = frame;
    in.year = spec.year;
    in.dataset = m_dataset.get();
    if (spec.timeline.arcs) in.arcs = &m_drawnArcs;
    if (spec.timeline.route) in.route = &m_timeline.route;
    in.projection = m_projection.get();
    return scene::edgeIndicators(in);
}

void MapRenderer::layoutEdgeIndicators(const scene::FrameSpec& spec,
                                       std::vector<scene::LabelBox>& taken,
                                       std::vector<scene::LabelBox>& reserved, bool draw) const {
    const std::vector<scene::EdgeIndicator> found = edgeIndicatorsFor(spec);
    if (found.empty() || !m_text) return;
    const scene::Palette palette = scene::paletteFor(m_themes, spec.theme);
    const LegendStyle style = legendStyleFor(palette);
    const float pt = static_cast<float>(spec.pixelsPerPoint);
    const float ts = std::clamp(spec.overlays.textScale, 0.1f, scene::kMaxCardTextScale);
    const glm::vec2 frame(scene::frameSizePx(spec));
    const glm::vec2 shift(-static_cast<float>(spec.tile.offsetXPx),
                          -static_cast<float>(spec.tile.offsetYPx));
    const float left = spec.overlays.leftInsetPx;  // the window's panel
    const float inset = 7.f * pt;                  // chevron tip from the edge
    const float arm = 7.f * pt * std::sqrt(ts);    // chevron size
    const float pad = 6.f * pt * ts, titleSize = 9.f * pt * ts, lineSize = 7.5f * pt * ts;
    const scene::Rgba halo = palette.edgeHalo;
    const scene::Rgba flowInk = palette.edgeFlow;
    const scene::Rgba routeInk = palette.edgeRoute;
    ShapeStyle card{style.panelFill, style.panelOutline, style.outlineWidthPt * pt};

    for (const scene::EdgeIndicator& ind : found) {
        const std::vector<std::string> lines =
            scene::edgeIndicatorLines(ind, scene::uiLanguage(spec.labels.language));
        float w = 0.f;
        for (size_t i = 0; i < lines.size(); ++i)
            w = std::max(w, m_text->measure(lines[i], i == 0 ? titleSize : lineSize, i == 0).x);
        const float h = 1.2f * titleSize + 1.3f * lineSize * static_cast<float>(lines.size() - 1);
        const glm::vec2 size(w + 2.4f * pad, h + 2.f * pad);
        // The chevron's tip just inside the edge, on the crossing (right of the panel).
        glm::vec2 tip = glm::vec2(ind.edgePx);
        tip.x = std::clamp(tip.x, left + inset, frame.x - inset);
        tip.y = std::clamp(tip.y, inset, frame.y - inset);
        const glm::vec2 dir = glm::normalize(glm::vec2(ind.directionPx));
        // The card beside it, inward from the edge; slid along the edge when it would cover the
        // legend, the caption or another indicator.
        const bool vertical =
            ind.edge == scene::FrameEdge::Left || ind.edge == scene::FrameEdge::Right;
        const float gap = 2.f * arm + 2.f * pt;
        glm::vec2 at(0.f);  // the card's top-left
        switch (ind.edge) {
            case scene::FrameEdge::Right:
                at = {tip.x - gap - size.x, tip.y - 0.5f * size.y};
                break;
            case scene::FrameEdge::Left:
                at = {tip.x + gap, tip.y - 0.5f * size.y};
                break;
            case scene::FrameEdge::Top:
                at = {tip.x - 0.5f * size.x, tip.y + gap};
                break;
            case scene::FrameEdge::Bottom:
                at = {tip.x - 0.5f * size.x, tip.y - gap - size.y};
                break;
        }
        const float margin = 4.f * pt;
        bool placed = false;
        scene::LabelBox box{};
        for (int attempt = 0; attempt < 40 && !placed; ++attempt) {
            // 0, +1, -1, +2, -2 ... steps of a third of the card along the edge.
            const float k = static_cast<float>((attempt + 1) / 2) * (attempt % 2 ? 1.f : -1.f);
            glm::vec2 p = at + (vertical ? glm::vec2(0.f, k * size.y * 0.34f)
                                         : glm::vec2(k * size.x * 0.34f, 0.f));
            p.x = std::clamp(p.x, left + margin, frame.x - margin - size.x);
            p.y = std::clamp(p.y, margin, frame.y - margin - size.y);
            box = {p.x, p.y, p.x + size.x, p.y + size.y};
            placed = !overlapsAny(box, taken, 3.f * pt);
        }
        const scene::Rgba ink =
            ind.kind == scene::EdgeIndicator::Kind::FlowOrigin ? flowInk : routeInk;
        // The chevron: two strokes meeting at the tip, pointing at the place.
        const glm::vec2 back = -dir * arm, side = glm::vec2(-dir.y, dir.x) * (0.8f * arm);
        const glm::vec2 a = tip + back + side, b = tip + back - side;
        const scene::LabelBox arrow{
            std::min({tip.x, a.x, b.x}) - 2.f * pt, std::min({tip.y, a.y, b.y}) - 2.f * pt,
            std::max({tip.x, a.x, b.x}) + 2.f * pt, std::max({tip.y, a.y, b.y}) + 2.f * pt};
        reserved.push_back(arrow);
        taken.push_back(arrow);
        if (draw) {
            for (const auto& [width, colour] :
                 {std::pair<float, scene::Rgba>{5.f * pt, halo}, {2.6f * pt, ink}}) {
                m_overlay->addLine(a + shift, tip + shift, width, colour, LineCap::Round);
                m_overlay->addLine(b + shift, tip + shift, width, colour, LineCap::Round);
            }
        }
        if (!placed) continue;  // the arrow alone: better than a card over the legend
        reserved.push_back(box);
        taken.push_back(box);
        if (!draw) continue;
        const glm::vec2 lo(box.x0, box.y0), hi(box.x1, box.y1);
        m_overlay->addRoundedRect(lo + shift, hi + shift, 4.f * pt, card);
        // A rule in the arrow's colour on the card's side toward the edge.
        m_overlay->addLine(lo + shift + glm::vec2(0.5f * pad, pad),
                           glm::vec2(lo.x + 0.5f * pad, hi.y - pad) + shift, 1.5f * pt, ink);
        float y = lo.y + pad;
        for (size_t i = 0; i < lines.size(); ++i) {
            const float s = i == 0 ? titleSize : lineSize;
            y += i == 0 ? 1.2f * titleSize : 1.3f * lineSize;
            m_text->add(lines[i], glm::round(glm::vec2(lo.x + pad * 1.4f, y - 0.3f * s) + shift), s,
                        i == 0 ? style.titleText : style.noteText, i == 0);
        }
    }
}

}  // namespace render
