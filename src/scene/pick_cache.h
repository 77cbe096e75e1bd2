// The timeline as the window's view shows it (filters, time mode), kept for hover picking and
// built again only when its key changes. No GL, SDL or ImGui here.
#pragma once

#include "data/dataset.h"
#include "geo/projection.h"
#include "scene/tie_key.h"
#include "scene/timeline_geometry.h"

#include <cstdint>
#include <optional>

namespace scene {

// Everything the pick set is built from: the view over the session's timeline geometry, which
// is built again for a new projection or new data (a hot reload).
struct PickKey : TieKey<PickKey> {
    TimelineView view;
    geo::ProjectionKind projection = geo::ProjectionKind::Lcc;
    uint64_t dataHash = 0;  // data::Dataset::contentHash

    auto tie() const { return std::tie(view, projection, dataHash); }  // every field
};

// The key for the window's view of the timeline `dataset` built in `projection`.
PickKey pickKey(const TimelineView& view, geo::ProjectionKind projection,
                const data::Dataset& dataset);

class PickCache {
public:
    // The arcs and markers of `full` as `key.view` shows them: filtered-out flows cannot be
    // hovered. Rebuilt when the key differs from the last call's, else the kept set.
    const TimelineGeometry& get(const data::Dataset& dataset, const TimelineGeometry& full,
                                const PickKey& key);
    // The last set built (empty before the first get()).
    const TimelineGeometry& timeline() const { return m_timeline; }

private:
    std::optional<PickKey> m_key;
    TimelineGeometry m_timeline;
};

}  // namespace scene
