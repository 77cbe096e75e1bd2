#include "scene/palette_toml.h"

#include <cmath>
#include <optional>
#include <sstream>

namespace scene {

namespace {

std::optional<float> unitAt(const toml::node& n) {
    const std::optional<double> v = n.value<double>();
    if (!v || !std::isfinite(*v) || *v < 0.0 || *v > 1.0) return std::nullopt;
    return static_cast<float>(*v);
}

// "#rgb", "#rrggbb", "#rrggbbaa"; ["#rrggbb", alpha]; [r, g, b] or [r, g, b, a], all 0..1.
std::optional<Rgba> colorOf(const toml::node& n) {
    if (const std::optional<std::string> s = n.value<std::string>()) return parseColor(*s);
    const toml::array* arr = n.as_array();
    if (!arr) return std::nullopt;
    if (arr->size() == 2) {
        const std::optional<std::string> s = (*arr)[0].value<std::string>();
        std::optional<Rgba> c = s ? parseColor(*s) : std::nullopt;
        const std::optional<float> a = unitAt((*arr)[1]);
        if (!c || !a || s->size() == 9) return std::nullopt;  // one alpha, not two
        c->a = *a;
        return c;
    }
    if (arr->size() != 3 && arr->size() != 4) return std::nullopt;
    float v[4] = {0.f, 0.f, 0.f, 1.f};
    for (size_t i = 0; i < arr->size(); ++i) {
        const std::optional<float> x = unitAt((*arr)[i]);
        if (!x) return std::nullopt;
        v[i] = *x;
    }
    return Rgba{v[0], v[1], v[2], v[3]};
}

}  // namespace

void readThemePalette(const toml::table& table, const std::string& file, Theme* theme,
                      std::vector<std::string>* errors) {
    const std::string ctx = "theme '" + theme->name + "'";
    const Palette builtin = builtinPalette(theme->name);
    auto report = [&](const toml::node& n, const std::string& what) {
        std::ostringstream s;
        s << file;
        if (n.source().begin.line > 0) s << ":" << n.source().begin.line;
        s << ": " << ctx << ": " << what;
        errors->push_back(s.str());
    };
    // The colour at `key`, if the table gives one; a bad one is reported with `fallback`.
    auto read = [&](const std::string& key, const Rgba& fallback) -> std::optional<Rgba> {
        const toml::node* n = table.get(key);
        if (!n) return std::nullopt;
        if (const std::optional<Rgba> c = colorOf(*n)) return c;
        report(*n, "'" + key +
                       "' must be a colour like \"#1b2a3c\", \"#1b2a3ccc\", [\"#1b2a3c\", 0.8] "
                       "or [r, g, b, a] with components 0..1; the default " +
                       paletteValueText(fallback) + " is used");
        return std::nullopt;
    };
    const std::optional<Rgba> water = read("water", builtin.water);
    theme->water = water.value_or(builtin.water);
    const Rgba edgeFallback = water && !table.get("water_edge") ? *water : builtin.waterEdge;
    theme->waterEdge = read("water_edge", edgeFallback).value_or(edgeFallback);
    theme->panelAccent = read("accent", builtin.panelAccent).value_or(builtin.panelAccent);
    for (const PaletteField& f : paletteFields()) {
        if (const std::optional<Rgba> c = read(f.key, builtin.*f.field))
            theme->colours.push_back({f.field, *c});
    }
    for (const auto& [key, node] : table) {
        const std::string k(key.str());
        bool known = k == "water" || k == "water_edge" || k == "accent" || k == "vignette";
        for (const PaletteField& f : paletteFields()) known = known || k == f.key;
        if (!known) report(node, "unknown key '" + k + "' (ignored)");
    }
}

}  // namespace scene
