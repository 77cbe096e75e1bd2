// MapRenderer's labels: placing them for a whole frame (the window passes its own placement,
// with fades; exports place here once per frame, so tiles share one placement and nothing is
// cut or doubled at their seams) and drawing them over the map, under the legend.
#include "render/map_renderer.h"

#include "scene/style.h"

#include <cmath>
#include <cstdio>
#include <functional>

namespace render {

bool MapRenderer::setLabelFonts(const SdfFontFiles& fonts, std::string* error) {
    m_labelLayer = LabelLayer::create(fonts, error);
    // The legend and captions draw Chinese in the labels' fallback face (quietly without one).
    if (m_text && !fonts.fallback.empty()) m_text->setFallbackFont(fonts.fallback, nullptr);
    m_exportLabelsKey.reset();
    return m_labelLayer != nullptr;
}

void MapRenderer::setLabels(scene::LabelSet labels) {
    m_labels = std::move(labels);
    ++m_labelsGeneration;
    m_exportLabelsKey.reset();
}

namespace {

// The whole frame's camera, from a tile's (tileSpec centres the camera on the tile).
scene::Camera frameCamera(const scene::FrameSpec& spec) {
    if (spec.tile.frameWidthPx <= 0) return spec.camera;
    const glm::dvec2 frame(scene::frameSizePx(spec));
    const glm::dvec2 tileCentre = glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx) +
                                  0.5 * glm::dvec2(spec.widthPx, spec.heightPx);
    const glm::dvec2 d = tileCentre - 0.5 * frame;
    scene::Camera c = spec.camera;
    c.centerWorld -= glm::dvec2(d.x, -d.y) * spec.camera.metresPerPx;
    return c;
}

}  // namespace

scene::LabelPlacement MapRenderer::placeLabels(const scene::FrameSpec& spec,
                                               const scene::LabelPlacement* previous) const {
    if (!spec.labels.enabled || !m_labelLayer || m_labels.labels.empty()) return {};
    scene::LabelView view;
    view.frameSizePx = glm::dvec2(scene::frameSizePx(spec));
    view.camera = frameCamera(spec);
    view.pixelsPerPoint = spec.pixelsPerPoint;
    view.year = spec.year;
    view.language =
        scene::parseLabelLanguage(spec.labels.language).value_or(scene::LabelLanguage::English);
    view.density = spec.labels.density;
    view.nodeObstacles = spec.timeline.markers && m_hasTimeline;
    view.textScale = std::min(spec.overlays.textScale, scene::kMaxLabelTextScale);
    if (spec.overlays.leftInsetPx > 0.f) {
        // The window's panel covers the left edge: a label there would only be hidden.
        view.reservedPx.push_back(
            {0.f, 0.f, spec.overlays.leftInsetPx, static_cast<float>(view.frameSizePx.y)});
    }
    if (m_text) {
        // Nor under the legend, the scale bar, the attribution, a caption card, an event card or
        // an edge indicator.
        const scene::FurniturePlan plan = planFurniture(spec);
        const float pad = 2.f * static_cast<float>(spec.pixelsPerPoint);
        for (scene::LabelBox b : plan.reserved) {
            view.reservedPx.push_back({b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad});
        }
        if (plan.hasLegend()) {
            // The panel with its shadow, out to the frame's edges it stands against.
            const float margin =
                std::round(plan.legendStyle.marginPt * plan.legendPixelsPerPoint);
            const glm::vec2 lo = plan.legendOriginPx, hi = lo + plan.legendSizePx;
            const auto w = static_cast<float>(view.frameSizePx.x);
            const auto h = static_cast<float>(view.frameSizePx.y);
            scene::LabelBox box = plan.legendShadowBox();
            if (lo.y <= margin + 0.5f) box.y0 = 0.f;
            if (hi.x >= w - margin - 0.5f) box.x1 = w;
            if (lo.x <= spec.overlays.leftInsetPx + margin + 0.5f) box.x0 = 0.f;
            if (hi.y >= h - margin - 0.5f) box.y1 = h;
            view.reservedPx.push_back(box);
        }
    }
    const LabelLayer& layer = *m_labelLayer;
    return scene::placeLabels(
        m_labels, view,
        [&layer](const std::string& text, const scene::LabelStyle& style, float sizePx) {
            return layer.measure(text, style, sizePx);
        },
        previous);
}

void MapRenderer::drawLabels(const scene::FrameSpec& spec, const scene::LabelPlacement* placed,
                             FrameStats* stats) {
    if (!spec.labels.enabled || !m_labelLayer || m_labels.labels.empty()) return;
    if (!placed) {
        // Tiles of one frame differ in their camera only by the tile's offset: key on the whole
        // frame's view, rounded well below a pixel, so every tile reuses the first placement.
        // The key is the window's placement key (scene/label_placement_key.h: everything the
        // placement reads, the furniture's contents included) taken on the whole frame.
        scene::FrameSpec whole = spec;
        whole.camera = frameCamera(spec);
        const glm::ivec2 frame = scene::frameSizePx(spec);
        whole.widthPx = frame.x;
        whole.heightPx = frame.y;
        whole.tile = {};
        ExportLabelsKey key;
        key.placement = scene::labelPlacementKey(whole);
        key.placement.centerWorld = glm::round(key.placement.centerWorld * 1000.0) / 1000.0;
        key.timelineUploads = timelineUploads();
        if (!m_exportLabelsKey || *m_exportLabelsKey != key) {
            m_exportLabels = placeLabels(spec, nullptr);
            m_exportLabelsKey = std::move(key);
        }
        placed = &m_exportLabels;
    }
    LabelLayer::DrawParams p;
    p.viewportPx = {static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx)};
    p.frameOffsetPx = {static_cast<float>(spec.tile.offsetXPx),
                       static_cast<float>(spec.tile.offsetYPx)};
    p.pixelsPerPoint = static_cast<float>(spec.pixelsPerPoint);
    p.language =
        scene::parseLabelLanguage(spec.labels.language).value_or(scene::LabelLanguage::English);
    p.colors = labelColorsFor(scene::paletteFor(m_themes, spec.theme));
    stats->drawCalls += m_labelLayer->draw(m_labels, *placed, p);
    stats->labelsDrawn = static_cast<int>(placed->labels.size());
}

}  // namespace render
