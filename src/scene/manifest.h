// The map manifest (maps/layers.toml): which shapefiles make the base map, in what order, with
// what style per theme, filters and zoom range. Plain data plus its TOML reader.
// No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"
#include "scene/color.h"
#include "scene/palette.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scene {

enum class LayerKind { Background, Polygon, Line, Point };
const char* toString(LayerKind kind);

// "FIELD OP VALUE": OP is one of = != < <= > >=; numbers compare as numbers, anything else as
// case-sensitive text. Several filters on one layer must all hold.
struct AttributeFilter {
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge };
    std::string field;
    Op op = Op::Eq;
    std::string value;
    std::string text;  // as written, for messages
};

// A fill or palette that replaces the layer's own for features in one class.
struct ClassStyle {
    std::optional<Rgba> fill;
    std::vector<Rgba> palette;
};

// How one layer looks in one theme. Sizes are in points (1/72 inch at the output's scale).
struct LayerStyle {
    std::optional<Rgba> fill;   // polygons, point markers
    std::vector<Rgba> palette;  // polygons: colour by `palette_field` (1-based index)
    std::map<std::string, ClassStyle> classes;
    std::optional<Rgba> stroke;  // lines; polygon outlines; marker outlines
    float strokeWidthPt = 0.f;
    float blurPt = 0.f;  // soft edge width: glows and halos
    float opacity = 1.f;
    std::vector<float> dashPt;  // on, off, on, off ... lengths in points; empty = solid
    float markerSizePt = 4.f;   // point layers: marker diameter
};

struct LayerDef {
    std::string id;
    std::string title;
    std::string file;  // relative to the Natural Earth folder, or absolute
    LayerKind kind = LayerKind::Polygon;
    int order = 0;
    bool visible = true;
    double minZoom = 0.0;
    double maxZoom = 24.0;
    std::vector<AttributeFilter> filters;
    std::string paletteField;  // attribute giving a 1-based palette index
    std::string classField;    // attribute whose value picks a class
    std::map<std::string, std::vector<std::string>> classes;  // class -> attribute values
    std::string widthField;  // numeric attribute that scales the stroke width,
    std::vector<std::pair<double, double>> widthStops;  // through these (value, factor) stops
    std::map<std::string, LayerStyle> styles;           // theme name -> style
    int sourceLine = 0;                                 // line in the manifest, for messages

    // The style for `theme`, falling back to the first theme that has one.
    const LayerStyle& style(const std::string& theme) const;
};

// A theme as the manifest gives it: the sea, the UI accent, the vignette and the palette colours
// its table sets (scene::paletteFor makes the theme's whole Palette from them).
struct Theme {
    std::string name;
    Rgba water;            // the sea and the background
    Rgba waterEdge;        // the sea toward the frame's edges (a soft vignette)
    Rgba panelAccent;      // the UI accent colour for this theme
    float vignette = 0.f;  // 0..1: how much the frame darkens toward its edges, over the map
    std::vector<PaletteColour> colours = {};  // over the built-in palette of the theme's name
};

struct Manifest {
    std::string path;
    geo::LonLatBox clip{0.0, 20.0, 125.0, 62.0};  // what is loaded
    geo::LonLatBox home{45.0, 34.0, 90.0, 56.0};  // what Home shows
    std::vector<Theme> themes;
    std::vector<LayerDef> layers;  // sorted by order

    const Theme* theme(const std::string& name) const;
};

struct ManifestResult {
    std::optional<Manifest> manifest;
    std::vector<std::string> errors;  // "layers.toml:12: layer 'rivers': unknown kind 'lines'"
};

ManifestResult readManifest(const std::string& path);
ManifestResult parseManifest(const std::string& text, const std::string& pathForMessages);

// Parses one filter expression; nullopt (with *error) when malformed.
std::optional<AttributeFilter> parseFilter(const std::string& text, std::string* error);
bool filterMatches(const AttributeFilter& filter, const std::string& value);

// Warnings for the attribute names a layer uses (filters, palette_field, class_field,
// width_field) that `set` does not have: a misspelt filter field matches nothing and empties the
// layer. Each names the manifest (`manifestPath`), the layer, the field and the file, and lists
// the file's fields when there are few (else suggests a close spelling).
std::vector<std::string> unknownFieldWarnings(const LayerDef& def, const geo::FeatureSet& set,
                                              const std::string& manifestPath);

// The layer definition for a user's own shapefile (--add): drawn on top with a bright default
// style.
LayerDef defaultLayerFor(const std::string& path, geo::GeometryKind kind, int order);

// "print" is the light theme under its publication name.
std::string canonicalThemeName(const std::string& name);

}  // namespace scene
