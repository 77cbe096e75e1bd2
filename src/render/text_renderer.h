// Screen-space text from TrueType fonts (stb_truetype): glyphs rasterised on demand, at the exact
// pixel size asked for, into an atlas texture (coverage, and the halo worked out once per glyph);
// queued runs drawn in one draw call.
// Knows nothing of maps or legends.
#pragma once

#include "render/gl_handles.h"
#include "render/overlay_record.h"
#include "render/shader.h"
#include "render/shelf_packer.h"
#include "scene/color.h"

#include <glm/vec2.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace render {

class TextRenderer {
public:
    // Loads the fonts (TrueType/OpenType files; an empty boldFontFile uses the regular font for
    // bold) and builds the program and atlas. Needs a current GL context that outlives the
    // renderer. nullptr with *error ("fonts/x.ttf: cannot read") on failure. maxAtlasSizePx caps
    // the atlas texture's side; past it the atlas is cleared and rebuilt.
    static std::unique_ptr<TextRenderer> create(const std::string& regularFontFile,
                                                const std::string& boldFontFile, std::string* error,
                                                int maxAtlasSizePx = 2048);
    ~TextRenderer();
    TextRenderer(const TextRenderer&) = delete;
    TextRenderer& operator=(const TextRenderer&) = delete;

    struct LineMetrics {
        float ascentPx = 0.f;   // baseline to the top of the tallest glyphs (positive)
        float descentPx = 0.f;  // baseline to the bottom of descenders (positive)
        float lineHeightPx = 0.f;
    };
    // sizePx is the em size in device pixels (a 12 pt font at pixelsPerPoint p is 12 * p px).
    LineMetrics lineMetrics(float sizePx, bool bold = false) const;

    // Advance width of a UTF-8 string with kerning, and the line height, in pixels.
    glm::vec2 measure(const std::string& utf8, float sizePx, bool bold = false) const;

    // Queues a single line of UTF-8 text: baselineLeftPx in device pixels, origin top-left, y
    // down; colours straight alpha. haloPx > 0 draws a halo of that radius under the glyphs.
    // Invalid UTF-8 and glyphs the font lacks show as '?' (or the font's .notdef).
    void add(const std::string& utf8, glm::vec2 baselineLeftPx, float sizePx,
             const scene::Rgba& color, bool bold = false, float haloPx = 0.f,
             const scene::Rgba& halo = {});

    // Draws everything queued into the bound framebuffer (viewport 0,0..viewportPx, premultiplied
    // alpha blending) and clears the queue. One draw call, unless the glyphs of one flush do not
    // fit even an empty atlas of the maximum size (then it draws in parts).
    void flush(glm::vec2 viewportPx);

    struct Stats {
        int atlasWidth = 0, atlasHeight = 0;
        int cachedGlyphs = 0;
        int atlasResets = 0;    // times the atlas was full at its maximum size and rebuilt
        int lastDrawCalls = 0;  // in the last flush()
    };
    const Stats& stats() const { return m_stats; }

    // A face for the characters the regular and bold faces lack (Chinese in the legend and the
    // caption), used per glyph. False with *error when the file cannot be read; text is then
    // drawn as before, with '?' for what the faces lack.
    bool setFallbackFont(const std::string& file, std::string* error);

    // The font files, so a vector back end sets the text in the same faces.
    const std::string& regularFontFile() const { return m_regularFile; }
    const std::string& boldFontFile() const { return m_boldFile; }

    struct Font;  // loaded font data and stb_truetype state (text_renderer.cpp)

private:
    TextRenderer() = default;

    struct Run {
        std::string text;
        glm::vec2 baselineLeftPx;
        float sizePx;
        scene::Rgba color, halo;
        bool bold;
        float haloPx;
    };
    // A glyph's slot in the atlas: its coverage (red) with one empty texel round it and, when
    // drawn with a halo, the halo's room; green is the halo (glyph_halo.h), zero without one.
    struct Glyph {
        int x = 0, y = 0, w = 0, h = 0;  // the slot in texels (w == 0: blank glyph)
        int offsetX = 0, offsetY = 0;    // the slot's top-left relative to the pen, y down
    };
    struct Vertex {
        float x, y;      // device px
        float u, v;      // atlas texels
        float color[4];  // premultiplied
        float halo[4];   // premultiplied
    };

    const Font& font(bool bold) const;
    // The face that draws `codepoint` (0 regular, 1 bold, 2 the fallback) and its glyph there:
    // the run's own face, else the fallback face, else the run's face's '?'.
    int face(bool bold, uint32_t codepoint, int* glyphIndex) const;
    const Font& faceFont(int face) const;
    // The cached glyph of `face`, rasterising it (and its halo of haloPx, 0 for none) if
    // needed; false if the atlas has no room for it. subpixel: the horizontal offset in 1/3 px
    // steps (0..2).
    bool glyph(int face, int glyphIndex, float sizePx, int subpixel, float haloPx, Glyph* out);
    bool allocate(int w, int h, int* x, int* y);
    bool grow();
    void resetAtlas();
    void uploadAtlas();
    void draw(glm::vec2 viewportPx);

    // The GL context outlives these (the renderer is destroyed before it).
    std::unique_ptr<Program> m_program;
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_vbo;
    gl::TextureHandle m_atlas;

    std::unique_ptr<Font> m_regular, m_bold;
    std::unique_ptr<Font> m_fallback;  // for what the faces lack (Chinese); may be null
    int m_maxAtlas = 2048;
    int m_atlasW = 0, m_atlasH = 0;
    std::vector<uint8_t> m_pixels;  // CPU copy of the atlas, so it can grow
    ShelfPacker m_packer;
    std::unordered_map<uint64_t, Glyph> m_glyphs;
    std::vector<Run> m_runs;
    std::vector<Vertex> m_vertices;
    Stats m_stats;
    std::string m_regularFile, m_boldFile;
};

}  // namespace render
