#include "scene/pick_cache.h"

namespace scene {

PickKey pickKey(const TimelineView& view, geo::ProjectionKind projection,
                const data::Dataset& dataset) {
    PickKey k;
    k.view = view;
    k.projection = projection;
    k.dataHash = dataset.contentHash();
    return k;
}

const TimelineGeometry& PickCache::get(const data::Dataset& dataset, const TimelineGeometry& full,
                                       const PickKey& key) {
    if (m_key && *m_key == key) return m_timeline;
    m_timeline = full;
    applyTimelineView(dataset, full, key.view, &m_timeline.arcs, &m_timeline.markers);
    m_key = key;
    return m_timeline;
}

}  // namespace scene
