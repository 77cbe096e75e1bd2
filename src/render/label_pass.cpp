// LabelPass (label_pass.h): placing the map's labels for a whole frame and drawing them over the
// map, under the legend.
#include "render/label_pass.h"

#include "scene/frame_plan.h"
#include "scene/style.h"

#include <algorithm>

namespace render {

bool LabelPass::setFonts(const SdfFontFiles& fonts, std::string* error) {
    m_layer = LabelLayer::create(fonts, error);
    if (m_layer) m_layer->useGlyphCache(m_glyphCacheDir);
    m_exportKey.reset();
    return m_layer != nullptr;
}

void LabelPass::setGlyphCacheDir(const std::string& dir) {
    m_glyphCacheDir = dir;
    if (m_layer) m_layer->useGlyphCache(dir);
}

void LabelPass::setLabels(scene::LabelSet labels) {
    m_labels = std::move(labels);
    ++m_generation;
    m_exportKey.reset();
}

bool LabelPass::shown(const scene::FrameSpec& spec) const {
    return spec.labels.enabled && m_layer && !m_labels.labels.empty();
}

scene::LabelPlacement LabelPass::place(const scene::FrameSpec& spec,
                                       const std::vector<scene::LabelBox>& reservedPx,
                                       bool nodeObstacles,
                                       const scene::LabelPlacement* previous) const {
    scene::LabelView view;
    view.frameSizePx = glm::dvec2(scene::frameSizePx(spec));
    view.camera = scene::wholeFrameCamera(spec);
    view.pixelsPerPoint = spec.pixelsPerPoint;
    view.year = spec.year;
    view.language =
        scene::parseLabelLanguage(spec.labels.language).value_or(scene::LabelLanguage::English);
    view.density = spec.labels.density;
    view.nodeObstacles = nodeObstacles;
    view.textScale = std::min(spec.overlays.textScale, scene::kMaxLabelTextScale);
    if (spec.overlays.leftInsetPx > 0.f) {
        // The window's panel covers the left edge: a label there would only be hidden.
        view.reservedPx.push_back(
            {0.f, 0.f, spec.overlays.leftInsetPx, static_cast<float>(view.frameSizePx.y)});
    }
    view.reservedPx.insert(view.reservedPx.end(), reservedPx.begin(), reservedPx.end());
    const LabelLayer& layer = *m_layer;
    return scene::placeLabels(
        m_labels, view,
        [&layer](const std::string& text, const scene::LabelStyle& style, float sizePx) {
            return layer.measure(text, style, sizePx);
        },
        previous);
}

void LabelPass::draw(const scene::FrameSpec& spec, const scene::LabelPlacement* placed,
                     const std::vector<scene::Theme>& themes, size_t timelineUploads,
                     const std::function<scene::LabelPlacement()>& placeWhole, FrameStats* stats) {
    if (!shown(spec)) return;
    if (!placed) {
        // Tiles of one frame differ in their camera only by the tile's offset: key on the whole
        // frame's view, rounded well below a pixel, so every tile reuses the first placement.
        // The key is the window's placement key (scene/label_placement_key.h: everything the
        // placement reads, the furniture's contents included) taken on the whole frame.
        scene::FrameSpec whole = spec;
        whole.camera = scene::wholeFrameCamera(spec);
        const glm::ivec2 frame = scene::frameSizePx(spec);
        whole.widthPx = frame.x;
        whole.heightPx = frame.y;
        whole.tile = {};
        ExportLabelsKey key;
        key.placement = scene::labelPlacementKey(whole);
        key.placement.centerWorld = glm::round(key.placement.centerWorld * 1000.0) / 1000.0;
        key.timelineUploads = timelineUploads;
        if (!m_exportKey || *m_exportKey != key) {
            m_exportLabels = placeWhole();
            m_exportKey = std::move(key);
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
    p.colors = labelColorsFor(scene::paletteFor(themes, spec.theme));
    stats->drawCalls += m_layer->draw(m_labels, *placed, p);
    stats->labelsDrawn = static_cast<int>(placed->labels.size());
}

}  // namespace render
