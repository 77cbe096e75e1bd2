#include "scene/label_placement.h"

#include "scene/label_point.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace scene {

namespace {

// A uniform grid of placed boxes: each box is listed in every cell it touches.
class CollisionGrid {
public:
    CollisionGrid(glm::dvec2 frame, float cellPx)
        : m_cell(cellPx),
          m_cols(std::max(1, static_cast<int>(std::ceil(frame.x / cellPx)))),
          m_rows(std::max(1, static_cast<int>(std::ceil(frame.y / cellPx)))),
          m_cells(static_cast<size_t>(m_cols) * m_rows) {}

    bool hits(const LabelBox& b) const {
        bool hit = false;
        visit(b, [&](const std::vector<uint32_t>& cell) {
            for (uint32_t i : cell)
                if (m_boxes[i].overlaps(b)) hit = true;
        });
        return hit;
    }
    void insert(const LabelBox& b) {
        const auto id = static_cast<uint32_t>(m_boxes.size());
        m_boxes.push_back(b);
        visitMutable(b, [&](std::vector<uint32_t>& cell) { cell.push_back(id); });
    }

private:
    template <class F>
    void visit(const LabelBox& b, F f) const {
        int c0, r0, c1, r1;
        range(b, &c0, &r0, &c1, &r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) f(m_cells[static_cast<size_t>(r) * m_cols + c]);
    }
    template <class F>
    void visitMutable(const LabelBox& b, F f) {
        int c0, r0, c1, r1;
        range(b, &c0, &r0, &c1, &r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) f(m_cells[static_cast<size_t>(r) * m_cols + c]);
    }
    void range(const LabelBox& b, int* c0, int* r0, int* c1, int* r1) const {
        auto cl = [](float v, int n) { return std::clamp(static_cast<int>(v), 0, n - 1); };
        *c0 = cl(std::floor(b.x0 / m_cell), m_cols);
        *c1 = cl(std::floor(b.x1 / m_cell), m_cols);
        *r0 = cl(std::floor(b.y0 / m_cell), m_rows);
        *r1 = cl(std::floor(b.y1 / m_cell), m_rows);
    }

    float m_cell;
    int m_cols, m_rows;
    std::vector<std::vector<uint32_t>> m_cells;
    std::vector<LabelBox> m_boxes;
};

LabelBox inflate(const LabelBox& b, float px) {
    return {b.x0 - px, b.y0 - px, b.x1 + px, b.y1 + px};
}

// Where the text goes for an anchor side: its baseline-left relative to the anchor pixel.
glm::vec2 baselineOffset(LabelAnchor a, const TextExtent& t, float gapPx) {
    const float midY = 0.5f * (t.ascentPx - t.descentPx);  // baseline below the ink's middle
    switch (a) {
        case LabelAnchor::Center:
            return {-0.5f * t.widthPx, midY};
        case LabelAnchor::Right:
            return {gapPx, midY};
        case LabelAnchor::Left:
            return {-gapPx - t.widthPx, midY};
        case LabelAnchor::Above:
            return {-0.5f * t.widthPx, -gapPx - t.descentPx};
        case LabelAnchor::Below:
            return {-0.5f * t.widthPx, gapPx + t.ascentPx};
    }
    return {0.f, 0.f};
}

struct Candidate {
    glm::vec2 anchorPx;
    LabelAnchor side;
    bool mustBeInside;  // the text's middle and one end must lie inside Label::area
};

// Where an area label may move around a point, in (label widths, label line heights), nearest
// first: a grid of half lines and quarter widths, up to two lines and half a width away.
std::vector<glm::vec2> areaOffsets() {
    std::vector<glm::vec2> out;
    for (int j = -4; j <= 4; ++j)
        for (int i = -2; i <= 2; ++i)
            if (i != 0 || j != 0)
                out.emplace_back(0.25f * static_cast<float>(i), 0.5f * static_cast<float>(j));
    // Nearest first, measured as on the map (a width is about six line heights).
    std::stable_sort(out.begin(), out.end(), [](glm::vec2 a, glm::vec2 b) {
        return 36.f * a.x * a.x + a.y * a.y < 36.f * b.x * b.x + b.y * b.y;
    });
    return out;
}

// The point deepest inside the part of `area` that the frame shows (less a margin), in frame
// pixels; nullopt when that part has no room for a label of this size.
std::optional<glm::vec2> visibleAreaPoint(const std::vector<geo::Polygon>& area,
                                          const LabelView& view, float marginPx,
                                          const TextExtent& extent, float lineHeightPx) {
    const glm::dvec2 frame = view.frameSizePx;
    const glm::dvec2 a = view.camera.worldAt({marginPx, marginPx}, frame);
    const glm::dvec2 b = view.camera.worldAt(frame - glm::dvec2(marginPx), frame);
    const geo::LonLatBox box{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x),
                             std::max(a.y, b.y)};
    const double mpp = view.camera.metresPerPx;
    const auto deep = deepestPoint(clipToBox(area, box), 2.0 * mpp);
    if (!deep) return std::nullopt;
    // "A good part of the country": room for the name well inside what is visible.
    const double roomPx = deep->distance / mpp;
    if (roomPx < std::max(0.35 * extent.widthPx, static_cast<double>(lineHeightPx)))
        return std::nullopt;
    const glm::dvec2 px = view.camera.pxOf(deep->point, frame);
    return glm::vec2(static_cast<float>(px.x), static_cast<float>(px.y));
}

}  // namespace

LabelPlacement placeLabels(const LabelSet& set, const LabelView& view, const MeasureText& measure,
                           const LabelPlacement* previous) {
    LabelPlacement out;
    const float ppt = static_cast<float>(view.pixelsPerPoint);
    const double zoom = view.camera.zoom(view.pixelsPerPoint);
    out.zoom = zoom;
    const float density = std::clamp(view.density, 0.25f, 4.f);
    const double zoomShift = std::log2(static_cast<double>(density));
    const float padPx = kLabelPaddingPt * ppt / density;
    const float hysteresisPx = kHysteresisPt * ppt;

    std::unordered_map<uint32_t, const PlacedLabel*> shownBefore;
    if (previous) {
        for (const PlacedLabel& p : previous->labels)
            if (!p.fadingOut) shownBefore.emplace(p.index, &p);
    }

    const float cellPx = 96.f * ppt / static_cast<float>(kScreenPixelsPerPoint);
    CollisionGrid grid(view.frameSizePx, cellPx);
    // Obstacles are tested without the labels' spacing, so a node's own label can sit close
    // beside its marker.
    CollisionGrid obstacleGrid(view.frameSizePx, cellPx);
    std::vector<LabelBox> obstacles = view.reservedPx;
    if (view.nodeObstacles) {
        for (const LabelObstacle& o : set.obstacles) {
            if (view.year < o.yearFrom) continue;
            const glm::dvec2 px = view.camera.pxOf(o.world, view.frameSizePx);
            const float r = o.radiusPt * ppt;
            obstacles.push_back({static_cast<float>(px.x) - r, static_cast<float>(px.y) - r,
                                 static_cast<float>(px.x) + r, static_cast<float>(px.y) + r});
        }
    }
    for (const LabelBox& b : obstacles) obstacleGrid.insert(b);

    std::vector<uint32_t> order(set.labels.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return set.labels[a].priority < set.labels[b].priority;
    });

    const auto frameW = static_cast<float>(view.frameSizePx.x);
    const auto frameH = static_cast<float>(view.frameSizePx.y);
    const float marginPx = 2.f * ppt;
    std::vector<Candidate> candidates;
    const std::vector<glm::vec2> offsets = areaOffsets();
    for (uint32_t index : order) {
        const Label& label = set.labels[index];
        if (view.year < label.yearFrom) continue;
        const auto before = shownBefore.find(index);
        const bool wasShown = before != shownBefore.end();
        const double slack = wasShown ? kHysteresisZoom : -kHysteresisZoom;
        // Density moves the zoom limits of the many small labels only; countries, water,
        // capitals and corridor nodes keep theirs, so a sparse map still names them.
        const bool minor = label.kind == LabelKind::City || label.kind == LabelKind::Region ||
                           label.kind == LabelKind::Project;
        const double shift = minor ? zoomShift : 0.0;
        if (zoom < label.minZoom - shift - slack || zoom >= label.maxZoom + shift + slack) continue;
        const glm::dvec2 anchor = view.camera.pxOf(label.world, view.frameSizePx);
        const float reach = 0.5f * frameW;  // no label is wider than half the frame
        if (!label.area && (anchor.x < -reach || anchor.x > frameW + reach || anchor.y < -reach ||
                            anchor.y > frameH + reach))
            continue;
        const std::string& text = label.textFor(view.language);
        if (text.empty()) continue;
        const LabelStyle style = labelStyle(label.kind);
        const float textPpt = ppt * std::clamp(view.textScale, 0.25f, 8.f);
        const float sizePx = style.sizePt * textPpt;
        const TextExtent extent = measure(text, style, sizePx);
        const float haloPx = style.haloPt * textPpt;
        const float gapPx = (label.symbolRadiusPt + 1.5f) * ppt;
        const glm::vec2 anchorPx(static_cast<float>(anchor.x), static_cast<float>(anchor.y));

        candidates.clear();
        if (label.pointLabel) {
            LabelAnchor sides[4] = {LabelAnchor::Right, LabelAnchor::Left, LabelAnchor::Above,
                                    LabelAnchor::Below};
            if (wasShown) {
                // The side it had first, then the others in the usual order.
                LabelAnchor* had = std::find(sides, sides + 4, before->second->anchor);
                if (had != sides + 4) std::rotate(sides, had, had + 1);
            }
            for (LabelAnchor side : sides) candidates.push_back({anchorPx, side, false});
        } else {
            const float lineHeightPx = extent.ascentPx + extent.descentPx + 2.f * haloPx;
            auto around = [&](glm::vec2 at) {
                for (const glm::vec2 o : offsets)
                    candidates.push_back({at + glm::vec2(o.x * extent.widthPx, o.y * lineHeightPx),
                                          LabelAnchor::Center, true});
            };
            if (label.area && wasShown) {
                // Where it was, while that still fits: steady, and no new search while panning.
                const glm::dvec2 px = view.camera.pxOf(before->second->world, view.frameSizePx);
                candidates.push_back({glm::vec2(static_cast<float>(px.x), static_cast<float>(px.y)),
                                      LabelAnchor::Center, false});
            }
            candidates.push_back({anchorPx, LabelAnchor::Center, false});
            if (label.area) {
                around(anchorPx);
                const float halfW = 0.5f * extent.widthPx + haloPx;
                const bool pointFits = anchorPx.x - halfW >= marginPx &&
                                       anchorPx.x + halfW <= frameW - marginPx &&
                                       anchorPx.y - lineHeightPx >= marginPx &&
                                       anchorPx.y + lineHeightPx <= frameH - marginPx;
                if (!pointFits) {
                    if (const auto at =
                            visibleAreaPoint(*label.area, view, marginPx, extent, lineHeightPx)) {
                        candidates.push_back({*at, LabelAnchor::Center, true});
                        around(*at);
                    }
                }
            }
        }
        const float symbolPx = label.symbolRadiusPt * ppt;
        const LabelBox symbol{anchorPx.x - symbolPx, anchorPx.y - symbolPx, anchorPx.x + symbolPx,
                              anchorPx.y + symbolPx};
        if (label.symbolNeedsRoom && (grid.hits(symbol) || obstacleGrid.hits(symbol))) continue;
        for (const Candidate& cand : candidates) {
            const glm::vec2 offset = baselineOffset(cand.side, extent, gapPx);
            const glm::vec2 origin = cand.anchorPx + offset;
            const LabelBox box{origin.x - haloPx, origin.y - extent.ascentPx - haloPx,
                               origin.x + extent.widthPx + haloPx,
                               origin.y + extent.descentPx + haloPx};
            if (box.x0 < marginPx || box.y0 < marginPx || box.x1 > frameW - marginPx ||
                box.y1 > frameH - marginPx)
                continue;
            if (cand.mustBeInside) {
                // The text's middle inside the country and at least one of its ends: a small
                // country's name may reach over its border a little, as at its label point.
                const float midY = 0.5f * (box.y0 + box.y1);
                auto inside = [&](float x) {
                    return insideAny(*label.area, view.camera.worldAt({x, midY}, view.frameSizePx));
                };
                if (!inside(0.5f * (box.x0 + box.x1)) ||
                    !(inside(origin.x) || inside(origin.x + extent.widthPx)))
                    continue;
            }
            const LabelBox probe = inflate(box, padPx + (wasShown ? 0.f : hysteresisPx));
            if (grid.hits(probe) || obstacleGrid.hits(box)) continue;
            grid.insert(inflate(box, 0.5f * padPx));
            if (label.symbolNeedsRoom) grid.insert(symbol);
            PlacedLabel p;
            p.index = index;
            p.anchor = cand.side;
            p.box = box;
            p.anchorPx = cand.anchorPx;
            p.world = cand.anchorPx == anchorPx
                          ? label.world
                          : view.camera.worldAt(glm::dvec2(cand.anchorPx), view.frameSizePx);
            p.baselineOffsetPx = offset;
            p.sizePx = sizePx;
            out.labels.push_back(p);
            break;
        }
    }
    return out;
}

LabelPlacement fadeLabels(const LabelPlacement& shown, const LabelPlacement& placed,
                          const LabelSet& set, const LabelView& view, double dtSec, double fadeSec,
                          bool* animating) {
    const float step = fadeSec > 0.0 ? static_cast<float>(dtSec / fadeSec) : 1.f;
    std::unordered_map<uint32_t, const PlacedLabel*> before;
    for (const PlacedLabel& p : shown.labels) before.emplace(p.index, &p);
    LabelPlacement out = placed;
    bool moving = false;
    std::unordered_map<uint32_t, bool> kept;
    for (PlacedLabel& p : out.labels) {
        const auto it = before.find(p.index);
        const float from = it == before.end() ? 0.f : it->second->opacity;
        p.opacity = std::min(1.f, from + step);
        moving = moving || p.opacity < 1.f;
        kept.emplace(p.index, true);
    }
    for (const PlacedLabel& p : shown.labels) {
        if (kept.count(p.index) || p.index >= set.labels.size()) continue;
        PlacedLabel gone = p;
        gone.fadingOut = true;
        gone.opacity = p.opacity - step;
        if (gone.opacity <= 0.f) continue;
        // Keep it on its map anchor while the view moves.
        const glm::dvec2 a = view.camera.pxOf(p.world, view.frameSizePx);
        const glm::vec2 anchorPx(static_cast<float>(a.x), static_cast<float>(a.y));
        const glm::vec2 shift = anchorPx - p.anchorPx;
        gone.anchorPx = anchorPx;
        gone.box = {p.box.x0 + shift.x, p.box.y0 + shift.y, p.box.x1 + shift.x, p.box.y1 + shift.y};
        out.labels.push_back(gone);
        moving = true;
    }
    if (animating) *animating = moving;
    return out;
}

}  // namespace scene
