#include "scene/timeline_theme.h"

namespace scene {

void applyArcTheme(std::vector<ArcInstance>& arcs, const data::Dataset& dataset,
                   const std::string& theme) {
    const auto& flows = dataset.flows();
    for (auto& a : arcs) {
        if (a.flowIndex < flows.size()) a.color = sectorColor(flows[a.flowIndex].sector, theme);
    }
}

}  // namespace scene
