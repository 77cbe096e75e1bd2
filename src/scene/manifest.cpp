#include "scene/manifest.h"

#include "scene/palette_toml.h"
#include "scene/toml_limits.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <type_traits>

namespace scene {

const char* toString(LayerKind kind) {
    switch (kind) {
        case LayerKind::Background:
            return "background";
        case LayerKind::Polygon:
            return "polygon";
        case LayerKind::Line:
            return "line";
        case LayerKind::Point:
            return "point";
    }
    return "?";
}

const LayerStyle& LayerDef::style(const std::string& theme) const {
    static const LayerStyle kNone;
    auto it = styles.find(canonicalThemeName(theme));
    if (it != styles.end()) return it->second;
    return styles.empty() ? kNone : styles.begin()->second;
}

const Theme* Manifest::theme(const std::string& name) const {
    const std::string n = canonicalThemeName(name);
    for (const auto& t : themes) {
        if (t.name == n) return &t;
    }
    return nullptr;
}

std::string canonicalThemeName(const std::string& name) {
    return name == "print" ? "light" : name;
}

namespace {

std::string trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return "";
    const size_t b = s.find_last_not_of(" \t");
    return s.substr(a, b - a + 1);
}

bool toNumber(const std::string& s, double* out) {
    if (s.empty()) return false;
    char* end = nullptr;
    *out = std::strtod(s.c_str(), &end);
    return end && *end == '\0';
}

// Collects problems with their manifest line.
struct Reporter {
    std::string file;
    std::vector<std::string>* errors;
    void at(const toml::node* node, const std::string& what) const {
        std::ostringstream s;
        s << file;
        if (node && node->source().begin.line > 0) s << ":" << node->source().begin.line;
        s << ": " << what;
        errors->push_back(s.str());
    }
};

std::optional<Rgba> colorAt(const toml::table& t, const char* key, const Reporter& rep,
                            const std::string& ctx) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    auto s = n->value<std::string>();
    std::optional<Rgba> c = s ? parseColor(*s) : std::nullopt;
    if (!c) rep.at(n, ctx + ": '" + key + "' must be a colour like \"#1b2a3c\"");
    return c;
}

std::vector<Rgba> paletteAt(const toml::table& t, const char* key, const Reporter& rep,
                            const std::string& ctx) {
    std::vector<Rgba> out;
    const toml::node* n = t.get(key);
    if (!n) return out;
    const toml::array* arr = n->as_array();
    if (!arr) {
        rep.at(n, ctx + ": '" + key + "' must be an array of colours");
        return out;
    }
    for (const auto& e : *arr) {
        auto s = e.value<std::string>();
        auto c = s ? parseColor(*s) : std::nullopt;
        if (!c) {
            rep.at(&e, ctx + ": '" + key + "' has an entry that is not a colour");
            continue;
        }
        out.push_back(*c);
    }
    return out;
}

std::string numberText(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

// Plausible ranges of the manifest's numbers: a value outside one is a typo (1e30, nan) that would
// hide a layer or paint the whole frame.
struct Range {
    double lo, hi;
    const char* unit;  // "" or " pt"
    std::string text() const { return numberText(lo) + ".." + numberText(hi) + unit; }
};
constexpr Range kWidthPt{0.0, 50.0, " pt"};  // stroke_width, blur, marker_size
constexpr Range kUnit{0.0, 1.0, ""};         // opacity, vignette
constexpr Range kZoom{0.0, 24.0, ""};
constexpr Range kDashPt{0.0, 100.0, " pt"};
constexpr Range kWidthFactor{0.0, 10.0, ""};

// The problem with `v` for `range`, or "" when there is none. NaN is named as such: "must not be
// negative" would send the reader looking for a minus sign.
std::string rangeProblem(double v, const Range& range) {
    if (std::isnan(v)) return "is not a number (nan); must be " + range.text();
    if (std::isinf(v)) return "must be finite, " + range.text() + " (is " + numberText(v) + ")";
    if (v < range.lo || v > range.hi)
        return "must be " + range.text() + " (is " + numberText(v) + ")";
    return "";
}

// The number at `key` within `range`; missing gives `fallback`, and so does a bad value, with a
// message naming the key and its line.
double rangedAt(const toml::table& t, const char* key, double fallback, const Range& range,
                const Reporter& rep, const std::string& ctx) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    const auto v = n->value<double>();
    if (!v) {
        rep.at(n, ctx + ": '" + key + "' must be a number");
        return fallback;
    }
    const std::string problem = rangeProblem(*v, range);
    if (problem.empty()) return *v;
    rep.at(n, ctx + ": '" + key + "' " + problem);
    return fallback;
}

std::string textAt(const toml::table& t, const char* key, const std::string& fallback,
                   const Reporter& rep, const std::string& ctx) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    if (auto v = n->value<std::string>()) return *v;
    rep.at(n, ctx + ": '" + key + "' must be a string");
    return fallback;
}

int integerAt(const toml::table& t, const char* key, int fallback, const Reporter& rep,
              const std::string& ctx) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    const auto v = n->is_integer() ? n->value<int64_t>() : std::nullopt;
    if (v && *v >= -1000000000 && *v <= 1000000000) return static_cast<int>(*v);
    rep.at(n, ctx + ": '" + key + "' must be a whole number");
    return fallback;
}

bool boolAt(const toml::table& t, const char* key, bool fallback, const Reporter& rep,
            const std::string& ctx) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    if (auto v = n->value<bool>()) return *v;
    rep.at(n, ctx + ": '" + key + "' must be true or false");
    return fallback;
}

// The node at `key` as T (toml::array or toml::table); a node of another type is reported.
template <typename T>
const T* containerAt(const toml::table& t, const char* key, const Reporter& rep,
                     const std::string& ctx) {
    const toml::node* n = t.get(key);
    if (!n) return nullptr;
    if (const T* v = n->as<T>()) return v;
    rep.at(n, ctx + ": '" + key + "' must be " +
                  (std::is_same_v<T, toml::array> ? "an array" : "a table"));
    return nullptr;
}

std::optional<geo::LonLatBox> boxAt(const toml::table& t, const char* key, const Reporter& rep) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    const toml::array* arr = n->as_array();
    if (!arr || arr->size() != 4) {
        rep.at(n,
               std::string("region: '") + key + "' must be [lon_min, lat_min, lon_max, lat_max]");
        return std::nullopt;
    }
    double v[4];
    for (size_t i = 0; i < 4; ++i) {
        auto d = (*arr)[i].value<double>();
        if (!d) {
            rep.at(n, std::string("region: '") + key + "' must hold four numbers");
            return std::nullopt;
        }
        v[i] = *d;
    }
    geo::LonLatBox box{v[0], v[1], v[2], v[3]};
    if (!box.valid() || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
        rep.at(n, std::string("region: '") + key + "' is not a valid lon/lat window");
        return std::nullopt;
    }
    return box;
}

LayerStyle parseStyle(const toml::table& t, const Reporter& rep, const std::string& ctx) {
    LayerStyle s;
    s.fill = colorAt(t, "fill", rep, ctx);
    s.palette = paletteAt(t, "palette", rep, ctx);
    s.stroke = colorAt(t, "stroke", rep, ctx);
    s.strokeWidthPt = static_cast<float>(rangedAt(t, "stroke_width", 0.0, kWidthPt, rep, ctx));
    s.blurPt = static_cast<float>(rangedAt(t, "blur", 0.0, kWidthPt, rep, ctx));
    s.opacity = static_cast<float>(rangedAt(t, "opacity", 1.0, kUnit, rep, ctx));
    s.markerSizePt = static_cast<float>(rangedAt(t, "marker_size", 4.0, kWidthPt, rep, ctx));
    if (const auto* dash = containerAt<toml::array>(t, "dash", rep, ctx)) {
        for (const auto& e : *dash) {
            auto d = e.value<double>();
            if (!d) {
                rep.at(&e, ctx + ": 'dash' lengths must be positive numbers (points)");
                continue;
            }
            std::string problem = rangeProblem(*d, kDashPt);
            if (problem.empty() && *d == 0.0) problem = "must be above 0 (is 0)";
            if (!problem.empty()) {
                rep.at(&e, ctx + ": 'dash' length " + problem);
                continue;
            }
            s.dashPt.push_back(static_cast<float>(*d));
        }
        if (s.dashPt.size() % 2 == 1)
            s.dashPt.insert(s.dashPt.end(), s.dashPt.begin(), s.dashPt.end());
    }
    if (const auto* classes = containerAt<toml::table>(t, "class", rep, ctx)) {
        for (const auto& [name, node] : *classes) {
            const toml::table* ct = node.as_table();
            if (!ct) {
                rep.at(&node, ctx + ": class '" + std::string(name.str()) + "' must be a table");
                continue;
            }
            ClassStyle cs;
            const std::string cctx = ctx + " class '" + std::string(name.str()) + "'";
            cs.fill = colorAt(*ct, "fill", rep, cctx);
            cs.palette = paletteAt(*ct, "palette", rep, cctx);
            s.classes[std::string(name.str())] = cs;
        }
    }
    return s;
}

std::optional<LayerKind> parseKind(const std::string& s) {
    if (s == "background") return LayerKind::Background;
    if (s == "polygon") return LayerKind::Polygon;
    if (s == "line") return LayerKind::Line;
    if (s == "point") return LayerKind::Point;
    return std::nullopt;
}

std::optional<LayerDef> parseLayer(const toml::table& t, const Reporter& rep, size_t index) {
    LayerDef def;
    def.sourceLine = static_cast<int>(t.source().begin.line);
    def.id = textAt(t, "id", "", rep, "layer " + std::to_string(index + 1));
    if (def.id.empty()) {
        rep.at(&t, "layer " + std::to_string(index + 1) + " has no 'id'");
        return std::nullopt;
    }
    const std::string ctx = "layer '" + def.id + "'";
    def.title = textAt(t, "title", def.id, rep, ctx);
    const std::string kindText = textAt(t, "kind", "", rep, ctx);
    auto kind = parseKind(kindText);
    if (!kind) {
        rep.at(t.get("kind") ? t.get("kind") : &t,
               ctx + ": unknown kind '" + kindText + "' (background, polygon, line or point)");
        return std::nullopt;
    }
    def.kind = *kind;
    def.file = textAt(t, "file", "", rep, ctx);
    if (def.kind != LayerKind::Background && def.file.empty()) {
        rep.at(&t, ctx + ": needs a 'file'");
        return std::nullopt;
    }
    def.order =
        integerAt(t, "order", static_cast<int>(std::min<size_t>(index, 100000) * 10), rep, ctx);
    def.visible = boolAt(t, "visible", true, rep, ctx);
    def.minZoom = rangedAt(t, "min_zoom", 0.0, kZoom, rep, ctx);
    def.maxZoom = rangedAt(t, "max_zoom", 24.0, kZoom, rep, ctx);
    if (def.minZoom > def.maxZoom) {
        rep.at(t.get("min_zoom"), ctx + ": 'min_zoom' " + numberText(def.minZoom) +
                                      " is above 'max_zoom' " + numberText(def.maxZoom) +
                                      ", so the layer would never show; using 0..24");
        def.minZoom = kZoom.lo;
        def.maxZoom = kZoom.hi;
    }
    def.paletteField = textAt(t, "palette_field", "", rep, ctx);
    def.classField = textAt(t, "class_field", "", rep, ctx);
    def.widthField = textAt(t, "width_field", "", rep, ctx);
    if (const auto* stops = containerAt<toml::array>(t, "width_stops", rep, ctx)) {
        for (const auto& e : *stops) {
            const toml::array* pair = e.as_array();
            auto v = pair && pair->size() == 2 ? (*pair)[0].value<double>() : std::nullopt;
            auto f = pair && pair->size() == 2 ? (*pair)[1].value<double>() : std::nullopt;
            if (!v || !f) {
                rep.at(&e, ctx + ": 'width_stops' entries must be [value, factor]");
                continue;
            }
            if (!std::isfinite(*v)) {
                rep.at(&e,
                       ctx + ": 'width_stops' value must be finite (is " + numberText(*v) + ")");
                continue;
            }
            if (const std::string problem = rangeProblem(*f, kWidthFactor); !problem.empty()) {
                rep.at(&e, ctx + ": 'width_stops' factor " + problem);
                continue;
            }
            def.widthStops.emplace_back(*v, *f);
        }
        std::sort(def.widthStops.begin(), def.widthStops.end());
    }

    auto addFilter = [&](const toml::node& n) {
        auto s = n.value<std::string>();
        std::string err;
        auto f = s ? parseFilter(*s, &err) : std::nullopt;
        if (!f) {
            rep.at(&n, ctx + ": bad filter" + (s ? " '" + *s + "': " + err : ": must be a string"));
            return;
        }
        def.filters.push_back(*f);
    };
    if (const toml::node* f = t.get("filter")) {
        if (const toml::array* arr = f->as_array()) {
            for (const auto& e : *arr) addFilter(e);
        } else {
            addFilter(*f);
        }
    }
    if (const auto* classes = containerAt<toml::table>(t, "classes", rep, ctx)) {
        for (const auto& [name, node] : *classes) {
            std::vector<std::string> values;
            const toml::array* arr = node.as_array();
            if (!arr) {
                rep.at(&node, ctx + ": class '" + std::string(name.str()) +
                                  "' must be an array of attribute values");
                continue;
            }
            for (const auto& e : *arr) {
                if (auto v = e.value<std::string>()) {
                    values.push_back(*v);
                } else {
                    rep.at(&e, ctx + ": class '" + std::string(name.str()) +
                                   "' values must be strings");
                }
            }
            def.classes[std::string(name.str())] = values;
        }
    }
    if (const auto* styles = containerAt<toml::table>(t, "style", rep, ctx)) {
        for (const auto& [theme, node] : *styles) {
            const std::string sctx = ctx + " style '" + std::string(theme.str()) + "'";
            if (const toml::table* st = node.as_table()) {
                def.styles[std::string(theme.str())] = parseStyle(*st, rep, sctx);
            } else {
                rep.at(&node, sctx + " must be a table");
            }
        }
    }
    return def;
}

}  // namespace

std::optional<AttributeFilter> parseFilter(const std::string& text, std::string* error) {
    // The operator is the first one in the text (so a value may itself hold "<" or "="); at that
    // position the two-character operators win over their one-character prefixes.
    struct OpText {
        const char* text;
        AttributeFilter::Op op;
    };
    static const OpText kOps[] = {{"!=", AttributeFilter::Op::Ne}, {"<=", AttributeFilter::Op::Le},
                                  {">=", AttributeFilter::Op::Ge}, {"=", AttributeFilter::Op::Eq},
                                  {"<", AttributeFilter::Op::Lt},  {">", AttributeFilter::Op::Gt}};
    const size_t pos = text.find_first_of("!<>=");
    if (pos != std::string::npos) {
        for (const auto& o : kOps) {
            if (text.compare(pos, std::char_traits<char>::length(o.text), o.text) != 0) continue;
            AttributeFilter f;
            f.text = text;
            f.op = o.op;
            f.field = trim(text.substr(0, pos));
            std::string v = trim(text.substr(pos + std::char_traits<char>::length(o.text)));
            if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front()) {
                v = v.substr(1, v.size() - 2);
            }
            f.value = v;
            if (f.field.empty()) {
                if (error) *error = "no field name before the operator";
                return std::nullopt;
            }
            return f;
        }
    }
    if (error) *error = "expected FIELD OP VALUE with OP one of = != < <= > >=";
    return std::nullopt;
}

bool filterMatches(const AttributeFilter& f, const std::string& value) {
    double a = 0, b = 0;
    int cmp;
    const bool numericFilter = toNumber(f.value, &b);
    const bool ordered = f.op != AttributeFilter::Op::Eq && f.op != AttributeFilter::Op::Ne;
    if (numericFilter && toNumber(trim(value), &a)) {
        cmp = a < b ? -1 : (a > b ? 1 : 0);
    } else if (numericFilter && ordered) {
        return false;  // "scalerank <= 6" on a feature with no scalerank: no number, no match
    } else {
        const int c = trim(value).compare(f.value);
        cmp = c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    switch (f.op) {
        case AttributeFilter::Op::Eq:
            return cmp == 0;
        case AttributeFilter::Op::Ne:
            return cmp != 0;
        case AttributeFilter::Op::Lt:
            return cmp < 0;
        case AttributeFilter::Op::Le:
            return cmp <= 0;
        case AttributeFilter::Op::Gt:
            return cmp > 0;
        case AttributeFilter::Op::Ge:
            return cmp >= 0;
    }
    return false;
}

ManifestResult parseManifest(const std::string& text, const std::string& path) {
    ManifestResult result;
    const size_t slash = path.find_last_of('/');
    Reporter rep{slash == std::string::npos ? path : path.substr(slash + 1), &result.errors};
    if (auto tooMuch = tomlLimitError(text, rep.file)) {
        result.errors.push_back(*tooMuch);
        return result;
    }
    toml::table root;
    try {
        root = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        std::ostringstream s;
        s << rep.file << ":" << e.source().begin.line << ":" << e.source().begin.column << ": "
          << e.description();
        result.errors.push_back(s.str());
        return result;
    }
    Manifest m;
    m.path = path;
    if (const auto* region = containerAt<toml::table>(root, "region", rep, "manifest")) {
        if (auto b = boxAt(*region, "clip", rep)) m.clip = *b;
        if (auto b = boxAt(*region, "home", rep)) m.home = *b;
    }
    if (const auto* themes = containerAt<toml::table>(root, "themes", rep, "manifest")) {
        for (const auto& [name, node] : *themes) {
            const toml::table* t = node.as_table();
            if (!t) {
                rep.at(&node, "theme '" + std::string(name.str()) + "' must be a table");
                continue;
            }
            Theme th;
            th.name = std::string(name.str());
            const std::string ctx = "theme '" + th.name + "'";
            readThemePalette(*t, rep.file, &th, rep.errors);
            th.vignette = static_cast<float>(rangedAt(*t, "vignette", 0.0, kUnit, rep, ctx));
            m.themes.push_back(th);
        }
    }
    if (m.themes.empty()) rep.at(&root, "no [themes] defined");
    if (const toml::array* layers = root.get_as<toml::array>("layers")) {
        for (size_t i = 0; i < layers->size(); ++i) {
            const toml::table* t = (*layers)[i].as_table();
            if (!t) {
                rep.at(&(*layers)[i], "layer " + std::to_string(i + 1) + " must be a table");
                continue;
            }
            if (auto def = parseLayer(*t, rep, i)) {
                const bool dup = std::any_of(m.layers.begin(), m.layers.end(),
                                             [&](const LayerDef& d) { return d.id == def->id; });
                if (dup) {
                    rep.at(t, "layer id '" + def->id + "' is used twice");
                    continue;
                }
                m.layers.push_back(std::move(*def));
            }
        }
    } else {
        rep.at(&root, "no [[layers]] defined");
    }
    std::stable_sort(m.layers.begin(), m.layers.end(),
                     [](const LayerDef& a, const LayerDef& b) { return a.order < b.order; });
    result.manifest = std::move(m);
    return result;
}

ManifestResult readManifest(const std::string& path) {
    std::string text, error;
    if (!readTomlFile(path, "cannot open the map manifest", &text, &error)) {
        ManifestResult r;
        r.errors.push_back(error);
        return r;
    }
    return parseManifest(text, path);
}

LayerDef defaultLayerFor(const std::string& path, geo::GeometryKind kind, int order) {
    LayerDef d;
    const size_t slash = path.find_last_of('/');
    d.id = "user:" + (slash == std::string::npos ? path : path.substr(slash + 1));
    d.title = d.id.substr(5);
    d.file = path;
    d.order = order;
    LayerStyle s;
    // The palette's added-layer colours (the same in both themes).
    const Palette palette = builtinPalette("dark");
    const Rgba accent = palette.addedLayer;
    switch (kind) {
        case geo::GeometryKind::Polygon:
            d.kind = LayerKind::Polygon;
            s.fill = Rgba{accent.r, accent.g, accent.b, 0.35f};
            s.stroke = accent;
            s.strokeWidthPt = 1.2f;
            break;
        case geo::GeometryKind::Line:
            d.kind = LayerKind::Line;
            s.stroke = accent;
            s.strokeWidthPt = 1.8f;
            break;
        case geo::GeometryKind::Point:
            d.kind = LayerKind::Point;
            s.fill = accent;
            s.stroke = palette.addedPointStroke;
            s.strokeWidthPt = 0.8f;
            s.markerSizePt = 6.f;
            break;
    }
    d.styles["dark"] = s;
    d.styles["light"] = s;
    return d;
}

}  // namespace scene
