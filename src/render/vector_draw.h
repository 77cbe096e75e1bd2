// Internal to the vector export (vector_*.cpp): the Cairo drawing of each part of the frame.
// Coordinates are the frame's device pixels (y down); the caller scales them to points.
#pragma once

#include "render/vector_export.h"

#include <cairo.h>

#include <memory>

namespace render::vec {

// Map plane -> frame pixels for the spec's camera (a similarity, so widths scale alike).
struct Xform {
    glm::dvec2 center{0.0};
    glm::dvec2 halfViewport{0.0};
    double pxPerWorld = 1.0;
    glm::dvec2 operator()(glm::dvec2 world) const {
        const glm::dvec2 d = (world - center) * pxPerWorld;
        return {halfViewport.x + d.x, halfViewport.y - d.y};
    }
};
Xform xformFor(const scene::FrameSpec& spec);

void setColor(cairo_t* cr, const scene::Rgba& c, double alpha = 1.0);

// A named part of the frame: one group in the file.
struct Part {
    std::string id;     // the group's id (manifest layer id or timeline part)
    std::string title;  // for the PDF outline
};

// vector_map.cpp: the sea, one base-map layer, the vignette.
void drawBackground(cairo_t* cr, const scene::FrameSpec& spec, const scene::Theme& theme);
void drawVignette(cairo_t* cr, const scene::FrameSpec& spec, const scene::Theme& theme);
void drawMapLayer(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec, size_t layer,
                  VectorStats* stats);
bool mapLayerVisible(const VectorScene& scene, const scene::FrameSpec& spec, size_t layer);

// vector_timeline.cpp: the corridor, the flows, the destination discs and the nodes.
void drawRoute(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec);
void drawArcs(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec);
void drawDestinations(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec);
void drawNodes(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec);

// vector_text.cpp: fonts by file (Cairo's FreeType back end, embedded as real text).
class Fonts {
public:
    Fonts(const SdfFontFiles& labels, const std::string& regular, const std::string& bold);
    ~Fonts();
    Fonts(const Fonts&) = delete;
    Fonts& operator=(const Fonts&) = delete;
    enum Face { kRegular = 0, kBold, kItalic, kFallback, kUiRegular, kUiBold, kFaces };
    cairo_font_face_t* face(Face f) const { return m_faces[f]; }

private:
    cairo_font_face_t* m_faces[kFaces] = {};
};

// One line of text from its baseline-left: real text (selectable, with its Unicode), letter
// spaced by letterSpacingEm, over a halo of haloPx (stroked glyph outlines) when > 0. Glyphs
// the face lacks come from the fallback face when there is one.
void showText(cairo_t* cr, const Fonts& fonts, Fonts::Face face, const std::string& utf8,
              glm::dvec2 baselineLeftPx, double sizePx, double letterSpacingEm,
              const scene::Rgba& color, double haloPx, const scene::Rgba& halo);

void drawLabels(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec,
                const Fonts& fonts);
void drawOverlays(cairo_t* cr, const OverlayRecord& record, const Fonts& fonts);

}  // namespace render::vec
