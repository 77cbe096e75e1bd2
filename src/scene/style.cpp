#include "scene/style.h"

#include "scene/palette.h"

namespace scene {

std::vector<Rgba> featureFills(const LayerDef& def, const LayerGeometry& geometry,
                               const std::string& theme) {
    const LayerStyle& s = def.style(theme);
    const Rgba base = s.fill.value_or(builtinPalette(theme).unstyledFill);
    std::vector<Rgba> out;
    out.reserve(geometry.features.size());
    auto pick = [](const std::vector<Rgba>& palette, int index) -> const Rgba* {
        if (palette.empty()) return nullptr;
        const int n = static_cast<int>(palette.size());
        const int i = index > 0 ? (index - 1) % n : 0;
        return &palette[static_cast<size_t>(i)];
    };
    for (const auto& f : geometry.features) {
        Rgba c = base;
        const ClassStyle* cls = nullptr;
        if (!f.className.empty()) {
            auto it = s.classes.find(f.className);
            if (it != s.classes.end()) cls = &it->second;
        }
        if (cls && pick(cls->palette, f.paletteIndex)) {
            c = *pick(cls->palette, f.paletteIndex);
        } else if (cls && cls->fill) {
            c = *cls->fill;
        } else if (pick(s.palette, f.paletteIndex)) {
            c = *pick(s.palette, f.paletteIndex);
        }
        c.a *= s.opacity;
        out.push_back(c);
    }
    return out;
}

bool layerVisibleAt(const LayerDef& def, bool toggledOn, double zoom) {
    return toggledOn && zoom >= def.minZoom && zoom <= def.maxZoom;
}

}  // namespace scene
