#include "render/text_renderer.h"
#include "render/vertex_layout.h"

#include "render/glyph_halo.h"
#include "render/sdf_font.h"
#include "render/truetype_file.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace render {

struct TextRenderer::Font : TrueTypeFile {};

namespace {

constexpr int kSubpixelSteps = 3;                 // horizontal glyph positions per pixel
constexpr float kHaloSteps = 16.f;                // halo radii are kept in 1/16 px
constexpr float kHaloMaxPx = 255.f / kHaloSteps;  // what 8 bits of the glyph key hold

std::unique_ptr<TextRenderer::Font> loadFont(const std::string& path, std::string* error) {
    auto font = std::make_unique<TextRenderer::Font>();
    if (!loadTrueTypeFile(path, font.get(), error)) return nullptr;
    return font;
}

void premultiplied(const scene::Rgba& c, float* out) {
    out[0] = c.r * c.a;
    out[1] = c.g * c.a;
    out[2] = c.b * c.a;
    out[3] = c.a;
}

}  // namespace

std::unique_ptr<TextRenderer> TextRenderer::create(const std::string& regularFontFile,
                                                   const std::string& boldFontFile,
                                                   std::string* error, int maxAtlasSizePx) {
    std::string err;
    std::unique_ptr<TextRenderer> r(new TextRenderer());
    r->m_regularFile = regularFontFile;
    r->m_boldFile = boldFontFile.empty() ? regularFontFile : boldFontFile;
    r->m_regular = loadFont(regularFontFile, &err);
    if (r->m_regular && !boldFontFile.empty()) r->m_bold = loadFont(boldFontFile, &err);
    if (!r->m_regular || (!boldFontFile.empty() && !r->m_bold)) {
        if (error) *error = err;
        return nullptr;
    }
    r->m_program = std::make_unique<Program>("text", "text.vert", "text.frag", &err);
    if (!r->m_program->valid()) {
        if (error) *error = err;
        return nullptr;
    }
    GLint maxTexture = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxTexture);
    r->m_maxAtlas = std::clamp(maxAtlasSizePx, 64, std::max(64, static_cast<int>(maxTexture)));
    r->m_atlas = gl::makeTexture();
    r->m_atlasW = std::min(1024, r->m_maxAtlas);
    r->m_atlasH = std::min(256, r->m_maxAtlas);
    r->resetAtlas();

    r->m_vao = gl::makeVertexArray();
    r->m_vbo = gl::makeBuffer();
    glBindVertexArray(r->m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, r->m_vbo.id());
    gl::setVertexLayout(sizeof(Vertex), {{0, 2, offsetof(Vertex, x)},
                                         {1, 2, offsetof(Vertex, u)},
                                         {2, 4, offsetof(Vertex, color)},
                                         {3, 4, offsetof(Vertex, halo)}});
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return r;
}

TextRenderer::~TextRenderer() = default;

const TextRenderer::Font& TextRenderer::font(bool bold) const {
    return bold && m_bold ? *m_bold : *m_regular;
}

bool TextRenderer::setFallbackFont(const std::string& file, std::string* error) {
    auto f = loadFont(file, error);
    if (!f) return false;
    m_fallback = std::move(f);
    return true;
}

int TextRenderer::face(bool bold, uint32_t codepoint, int* glyphIndex) const {
    const int own = bold && m_bold ? 1 : 0;
    const GlyphRef ref = findGlyph(faceFont(own), m_fallback.get(), codepoint);
    *glyphIndex = ref.glyph;
    return ref.fallback ? 2 : own;
}

const TextRenderer::Font& TextRenderer::faceFont(int face) const {
    return face == 2 && m_fallback ? *m_fallback : font(face == 1);
}

TextRenderer::LineMetrics TextRenderer::lineMetrics(float sizePx, bool bold) const {
    const Font& f = font(bold);
    const float s = f.scale(sizePx);
    return {f.ascent * s, -f.descent * s, (f.ascent - f.descent + f.lineGap) * s};
}

glm::vec2 TextRenderer::measure(const std::string& utf8, float sizePx, bool bold) const {
    float width = 0.f;
    int previous = 0, previousFace = -1;
    for (uint32_t cp : utf8CodePoints(utf8)) {
        int g = 0;
        const int fi = face(bold, cp, &g);
        const Font& f = faceFont(fi);
        const float s = f.scale(sizePx);
        int advance = 0, bearing = 0;
        stbtt_GetGlyphHMetrics(&f.info, g, &advance, &bearing);
        if (previous && fi == previousFace)
            width += s * stbtt_GetGlyphKernAdvance(&f.info, previous, g);
        width += s * advance;
        previous = g;
        previousFace = fi;
    }
    return {width, lineMetrics(sizePx, bold).lineHeightPx};
}

void TextRenderer::add(const std::string& utf8, glm::vec2 baselineLeftPx, float sizePx,
                       const scene::Rgba& color, bool bold, float haloPx, const scene::Rgba& halo) {
    if (utf8.empty() || !(sizePx > 0.f)) return;
    // The halo's radius in 1/16 px steps: it is part of the glyph's key in the atlas.
    const float steps = std::round(std::clamp(haloPx, 0.f, kHaloMaxPx) * kHaloSteps);
    m_runs.push_back({utf8, baselineLeftPx, sizePx, color, halo, bold, steps / kHaloSteps});
}

void TextRenderer::resetAtlas() {
    m_pixels.assign(static_cast<size_t>(m_atlasW) * m_atlasH * 2, 0);
    m_glyphs.clear();
    m_packer.clear();
    uploadAtlas();
    m_stats.cachedGlyphs = 0;
}

void TextRenderer::uploadAtlas() {
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_atlas.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, m_atlasW, m_atlasH, 0, GL_RG, GL_UNSIGNED_BYTE,
                 m_pixels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    m_stats.atlasWidth = m_atlasW;
    m_stats.atlasHeight = m_atlasH;
}

// Doubles the atlas height, then its width, up to the maximum; glyph rectangles stay valid
// because they are kept in texels.
bool TextRenderer::grow() {
    if (m_atlasH < m_maxAtlas) {
        m_atlasH = std::min(m_atlasH * 2, m_maxAtlas);
        m_pixels.resize(static_cast<size_t>(m_atlasW) * m_atlasH * 2, 0);
    } else if (m_atlasW < m_maxAtlas) {
        const int newW = std::min(m_atlasW * 2, m_maxAtlas);
        std::vector<uint8_t> wider(static_cast<size_t>(newW) * m_atlasH * 2, 0);
        for (int y = 0; y < m_atlasH; ++y)
            std::copy_n(&m_pixels[static_cast<size_t>(y) * m_atlasW * 2], m_atlasW * 2,
                        &wider[static_cast<size_t>(y) * newW * 2]);
        m_pixels.swap(wider);
        m_atlasW = newW;
        // Rows already started keep their height; new glyphs start a fresh shelf.
        m_packer.newShelf();
    } else {
        return false;
    }
    uploadAtlas();
    return true;
}

bool TextRenderer::allocate(int w, int h, int* x, int* y) {
    if (w > m_maxAtlas || h > m_maxAtlas) return false;
    while (!m_packer.place(w, h, m_atlasW, m_atlasH, x, y))
        if (!grow()) return false;
    return true;
}

bool TextRenderer::glyph(int face, int glyphIndex, float sizePx, int subpixel, float haloPx,
                         Glyph* out) {
    const float keyedSize = std::round(sizePx * 2.f) * 0.5f;
    const auto haloSteps = static_cast<uint64_t>(std::lround(haloPx * kHaloSteps));
    // The key's bits: face 2, halo radius 8, glyph index 22, subpixel step 2, half-px size 28.
    constexpr uint64_t kGlyphIndexMask = (uint64_t{1} << 22) - 1;
    const uint64_t key = (static_cast<uint64_t>(face & 3) << 62) | (haloSteps << 54) |
                         ((static_cast<uint64_t>(glyphIndex) & kGlyphIndexMask) << 32) |
                         (static_cast<uint64_t>(subpixel) << 28) |
                         static_cast<uint64_t>(keyedSize * 2.f);
    if (auto it = m_glyphs.find(key); it != m_glyphs.end()) {
        *out = it->second;
        return true;
    }
    const Font& f = faceFont(face);
    const float s = f.scale(keyedSize);
    const float shift = static_cast<float>(subpixel) / kSubpixelSteps;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBoxSubpixel(&f.info, glyphIndex, s, s, shift, 0.f, &x0, &y0, &x1, &y1);
    Glyph g;
    if (x1 > x0 && y1 > y0) {
        // The slot: the bitmap, one empty texel round it (so linear taps at its edge read zero),
        // and for a haloed glyph room for the halo round that.
        const int pad = haloSteps > 0 ? static_cast<int>(std::ceil(haloPx)) + 1 : 0;
        const int bw = x1 - x0, bh = y1 - y0;
        const int w = bw + 2 + 2 * pad, h = bh + 2 + 2 * pad;
        int ax = 0, ay = 0;
        if (!allocate(w, h, &ax, &ay)) return false;
        std::vector<uint8_t> coverage(static_cast<size_t>(w) * h, 0), halo(coverage.size(), 0);
        stbtt_MakeGlyphBitmapSubpixel(&f.info,
                                      &coverage[static_cast<size_t>(pad + 1) * w + pad + 1], bw, bh,
                                      w, s, s, shift, 0.f, glyphIndex);
        if (pad > 0)
            dilateGlyph(coverage.data(), w, h, w, static_cast<float>(pad), static_cast<float>(pad),
                        static_cast<float>(w - pad), static_cast<float>(h - pad), haloPx,
                        halo.data());
        for (int y = 0; y < h; ++y) {
            uint8_t* row = &m_pixels[(static_cast<size_t>(ay + y) * m_atlasW + ax) * 2];
            for (int x = 0; x < w; ++x) {
                row[2 * x] = coverage[static_cast<size_t>(y) * w + x];
                row[2 * x + 1] = halo[static_cast<size_t>(y) * w + x];
            }
        }
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_atlas.id());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, m_atlasW);
        glTexSubImage2D(GL_TEXTURE_2D, 0, ax, ay, w, h, GL_RG, GL_UNSIGNED_BYTE,
                        &m_pixels[(static_cast<size_t>(ay) * m_atlasW + ax) * 2]);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);  // GL's default, which other uploads expect
        g = {ax, ay, w, h, x0 - 1 - pad, y0 - 1 - pad};
    }
    m_glyphs.emplace(key, g);
    m_stats.cachedGlyphs = static_cast<int>(m_glyphs.size());
    *out = g;
    return true;
}

void TextRenderer::flush(glm::vec2 viewportPx) {
    m_stats.lastDrawCalls = 0;
    m_vertices.clear();
    for (const Run& run : m_runs) {
        float color[4], halo[4];
        premultiplied(run.color, color);
        premultiplied(run.halo, halo);
        const float baseline = std::round(run.baselineLeftPx.y);
        float pen = run.baselineLeftPx.x;
        int previous = 0, previousFace = -1;
        for (uint32_t cp : utf8CodePoints(run.text)) {
            int gi = 0;
            const int fi = face(run.bold, cp, &gi);
            const Font& f = faceFont(fi);
            const float s = f.scale(run.sizePx);
            if (previous && fi == previousFace)
                pen += s * stbtt_GetGlyphKernAdvance(&f.info, previous, gi);
            previous = gi;
            previousFace = fi;
            int advance = 0, bearing = 0;
            stbtt_GetGlyphHMetrics(&f.info, gi, &advance, &bearing);
            const float whole = std::floor(pen);
            int subpixel = static_cast<int>((pen - whole) * kSubpixelSteps + 0.5f);
            float originX = whole;
            if (subpixel == kSubpixelSteps) subpixel = 0, originX += 1.f;
            pen += s * advance;
            Glyph g;
            if (!glyph(fi, gi, run.sizePx, subpixel, run.haloPx, &g)) {
                // The atlas is full at its maximum size: draw what is queued, start afresh.
                draw(viewportPx);
                resetAtlas();
                ++m_stats.atlasResets;
                if (!glyph(fi, gi, run.sizePx, subpixel, run.haloPx, &g))
                    continue;  // larger than any atlas
            }
            if (g.w == 0) continue;
            // The quad is the glyph's slot, texel for pixel (its halo is in the slot).
            const float qx0 = originX + g.offsetX, qy0 = baseline + g.offsetY;
            const float qx1 = qx0 + g.w, qy1 = qy0 + g.h;
            const float u0 = g.x, v0 = g.y, u1 = g.x + g.w, v1 = g.y + g.h;
            auto vertex = [&](float x, float y, float u, float v) {
                m_vertices.push_back({x,
                                      y,
                                      u,
                                      v,
                                      {color[0], color[1], color[2], color[3]},
                                      {halo[0], halo[1], halo[2], halo[3]}});
            };
            vertex(qx0, qy0, u0, v0);
            vertex(qx1, qy0, u1, v0);
            vertex(qx0, qy1, u0, v1);
            vertex(qx0, qy1, u0, v1);
            vertex(qx1, qy0, u1, v0);
            vertex(qx1, qy1, u1, v1);
        }
    }
    draw(viewportPx);
    m_runs.clear();
}

void TextRenderer::draw(glm::vec2 viewportPx) {
    if (m_vertices.empty()) return;
    glViewport(0, 0, static_cast<GLsizei>(viewportPx.x), static_cast<GLsizei>(viewportPx.y));
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_atlas.id());
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(m_vertices.size() * sizeof(Vertex)),
                 m_vertices.data(), GL_STREAM_DRAW);
    m_program->use();
    m_program->set("u_viewportPx", viewportPx);
    m_program->set("u_atlasSize", glm::vec2(m_atlasW, m_atlasH));
    m_program->set("u_atlas", 0);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(m_vertices.size()));
    ++m_stats.lastDrawCalls;
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_vertices.clear();
}

}  // namespace render
