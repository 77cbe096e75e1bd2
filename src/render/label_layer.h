// Draws placed map labels (scene::LabelPlacement) with SDF text and halos in one draw call, plus
// the small dots of the cities the base map has no symbol for; and measures label text for the
// placement. Owns the SDF font and its program; the GL context must outlive it.
#pragma once

#include "render/gl_handles.h"
#include "render/sdf_font.h"
#include "render/shader.h"
#include "scene/color.h"
#include "scene/label_placement.h"
#include "scene/label_set.h"
#include "scene/palette.h"

#include <memory>
#include <string>
#include <vector>

namespace render {

struct LabelColors {
    scene::Rgba text[scene::kLabelKinds];
    scene::Rgba halo[scene::kLabelKinds];
    scene::Rgba dotFill, dotStroke;
};

// The label colours of a theme's palette.
LabelColors labelColorsFor(const scene::Palette& palette);

// Size of the cities' dot (radius) and of its outline, in points.
constexpr float kCityDotRadiusPt = 1.9f;
constexpr float kCityDotStrokePt = 0.9f;

// A label's text extent in its style with `font` (regular, bold or italic face, letter spacing).
scene::TextExtent measureLabel(const SdfFont& font, const std::string& utf8,
                               const scene::LabelStyle& style, float sizePx);

class LabelLayer {
public:
    static std::unique_ptr<LabelLayer> create(const SdfFontFiles& fonts, std::string* error);

    // The extent of a label's text in its style (the placement's measure callback).
    scene::TextExtent measure(const std::string& utf8, const scene::LabelStyle& style,
                              float sizePx) const;

    struct DrawParams {
        glm::vec2 viewportPx{0.f};
        glm::vec2 frameOffsetPx{0.f};  // the target's top-left within the whole frame (tiles)
        float pixelsPerPoint = 1.f;
        scene::LabelLanguage language = scene::LabelLanguage::English;
        LabelColors colors;
    };
    // Draws every placed label at its opacity into the bound framebuffer. Returns draw calls.
    int draw(const scene::LabelSet& set, const scene::LabelPlacement& placement,
             const DrawParams& p);

    const SdfFont& font() const { return *m_font; }
    // The glyph fields' cache folder (SdfFont::useGlyphCache); draw() saves what it computed.
    void useGlyphCache(const std::string& dir) { m_font->useGlyphCache(dir); }

private:
    LabelLayer() = default;
    struct Vertex {
        float x, y, u, v;
        float color[4];  // premultiplied
        float halo[4];   // premultiplied
        float params[4];
    };
    void build(const scene::LabelSet& set, const scene::LabelPlacement& placement,
               const DrawParams& p, bool* atlasFull);

    // The GL context outlives these.
    std::unique_ptr<SdfFont> m_font;
    std::unique_ptr<Program> m_program;
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_vbo;
    std::vector<Vertex> m_vertices;
    std::vector<SdfFont::Quad> m_quads;
};

}  // namespace render
