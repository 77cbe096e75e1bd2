#include "render/sdf_font.h"

#include "render/gl.h"

#include "render/truetype_file.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace render {

struct SdfFont::Font : TrueTypeFile {
    int id = 0;  // distinguishes the fonts in glyph keys
};

namespace {

// Distance field encoding: 128 on the outline, kSdfSpreadPx pixels of distance per 127 steps.
constexpr unsigned char kOnEdge = 128;
constexpr float kPixelDistScale = 127.f / static_cast<float>(kSdfSpreadPx);

// A glyph of one of the font set's faces, as the atlas and the cache key it.
uint64_t glyphKey(int fontId, int glyphIndex) {
    return (static_cast<uint64_t>(fontId) << 32) | static_cast<uint32_t>(glyphIndex);
}

std::unique_ptr<SdfFont::Font> loadFont(const std::string& path, int id, std::string* error) {
    auto f = std::make_unique<SdfFont::Font>();
    if (!loadTrueTypeFile(path, f.get(), error)) return nullptr;
    f->id = id;
    return f;
}

}  // namespace

std::vector<uint32_t> utf8CodePoints(const std::string& s) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        int extra = 0;
        uint32_t cp = 0, min = 0;
        if (b0 < 0x80) {
            out.push_back(b0);
            ++i;
            continue;
        }
        if ((b0 & 0xe0) == 0xc0) {
            extra = 1, cp = b0 & 0x1fu, min = 0x80;
        } else if ((b0 & 0xf0) == 0xe0) {
            extra = 2, cp = b0 & 0x0fu, min = 0x800;
        } else if ((b0 & 0xf8) == 0xf0) {
            extra = 3, cp = b0 & 0x07u, min = 0x10000;
        } else {
            out.push_back(0xfffd);
            ++i;
            continue;
        }
        size_t j = 1;
        for (; j <= static_cast<size_t>(extra) && i + j < s.size(); ++j) {
            const auto b = static_cast<unsigned char>(s[i + j]);
            if ((b & 0xc0) != 0x80) break;
            cp = (cp << 6) | (b & 0x3fu);
        }
        const bool bad = j != static_cast<size_t>(extra) + 1 || cp < min || cp > 0x10ffff ||
                         (cp >= 0xd800 && cp <= 0xdfff);
        out.push_back(bad ? 0xfffd : cp);
        i += j;
    }
    return out;
}

std::unique_ptr<SdfFont> SdfFont::create(const SdfFontFiles& files, std::string* error) {
    std::unique_ptr<SdfFont> f = createForMeasuring(files, error);
    if (!f) return nullptr;
    GLint maxTexture = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxTexture);
    f->m_maxAtlas = std::clamp(static_cast<int>(maxTexture), 256, 4096);
    f->m_texture = gl::makeTexture();
    f->clearAtlas();
    return f;
}

std::unique_ptr<SdfFont> SdfFont::createForMeasuring(const SdfFontFiles& files,
                                                     std::string* error) {
    std::string err;
    std::unique_ptr<SdfFont> f(new SdfFont());
    const std::string paths[3] = {files.regular, files.bold.empty() ? files.regular : files.bold,
                                  files.italic.empty() ? files.regular : files.italic};
    for (int i = 0; i < 3; ++i) {
        f->m_faces[i] = loadFont(paths[i], i, &err);
        if (!f->m_faces[i]) {
            if (error) *error = err;
            return nullptr;
        }
    }
    if (!files.fallback.empty()) {
        f->m_fallback = loadFont(files.fallback, 3, &err);
        if (!f->m_fallback) {
            if (error) *error = err;
            return nullptr;
        }
    }
    f->m_files = {paths[0], paths[1], paths[2], files.fallback};
    return f;
}

SdfFont::~SdfFont() = default;

void SdfFont::clearAtlas() {
    m_pixels.assign(static_cast<size_t>(m_atlasW) * m_atlasH, 0);
    m_glyphs.clear();
    m_packer.clear();
    upload();
}

void SdfFont::upload() {
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, m_atlasW, m_atlasH, 0, GL_RED, GL_UNSIGNED_BYTE,
                 m_pixels.data());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

std::pair<const SdfFont::Font*, int> SdfFont::resolve(uint32_t cp, SdfFace face) const {
    const GlyphRef ref = findGlyph(*m_faces[static_cast<int>(face)], m_fallback.get(), cp);
    return {static_cast<const Font*>(ref.face), ref.glyph};  // the faces are all Fonts
}

SdfFont::Extent SdfFont::measure(const std::string& utf8, SdfFace face, float sizePx,
                                 float letterSpacingEm) const {
    Extent e;
    const Font* previousFont = nullptr;
    int previous = 0;
    bool any = false;
    const std::vector<uint32_t> cps = utf8CodePoints(utf8);
    for (size_t i = 0; i < cps.size(); ++i) {
        const auto [font, g] = resolve(cps[i], face);
        const float s = font->scale(sizePx);
        if (previous && previousFont == font)
            e.widthPx += s * stbtt_GetGlyphKernAdvance(&font->info, previous, g);
        int advance = 0, bearing = 0;
        stbtt_GetGlyphHMetrics(&font->info, g, &advance, &bearing);
        e.widthPx += s * advance + (i + 1 < cps.size() ? letterSpacingEm * sizePx : 0.f);
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (stbtt_GetGlyphBox(&font->info, g, &x0, &y0, &x1, &y1) && y1 > y0) {
            e.ascentPx = std::max(e.ascentPx, s * y1);
            e.descentPx = std::max(e.descentPx, -s * y0);
            any = true;
        }
        previous = g;
        previousFont = font;
    }
    if (!any) {
        const Font& f = *m_faces[static_cast<int>(face)];
        e.ascentPx = f.ascent * f.scale(sizePx);
    }
    return e;
}

bool SdfFont::allocate(int w, int h, int* x, int* y) {
    while (!m_packer.place(w, h, m_atlasW, m_atlasH, x, y)) {
        if (m_atlasH >= m_maxAtlas) return false;
        // Taller atlas: rows keep their place, so every cached rectangle stays valid.
        m_atlasH = std::min(m_atlasH * 2, m_maxAtlas);
        m_pixels.resize(static_cast<size_t>(m_atlasW) * m_atlasH, 0);
        upload();
    }
    return true;
}

void SdfFont::useGlyphCache(const std::string& dir) {
    if (dir == m_cacheDir) return;
    m_cacheDir = dir;
    m_cacheRead = false;
    m_unsaved = false;
    m_stored.clear();
}

bool SdfFont::saveGlyphCache() {
    if (!m_unsaved || m_cacheDir.empty()) return true;
    std::vector<StoredGlyph> glyphs;
    glyphs.reserve(m_stored.size());
    for (const auto& entry : m_stored) glyphs.push_back(entry.second);
    std::sort(glyphs.begin(), glyphs.end(), [](const StoredGlyph& a, const StoredGlyph& b) {
        return std::tie(a.font, a.glyph) < std::tie(b.font, b.glyph);
    });
    m_unsaved = false;  // a folder that cannot be written is not tried again for every glyph
    return storeSdfGlyphs(m_cacheDir, m_cacheKey, glyphs);
}

const SdfFont::Glyph* SdfFont::glyph(const Font* font, int glyphIndex) {
    const uint64_t key = glyphKey(font->id, glyphIndex);
    if (auto it = m_glyphs.find(key); it != m_glyphs.end()) return &it->second;
    if (!m_cacheRead && !m_cacheDir.empty()) {
        // Once per cache folder: the entry's key (the font files stat'ed) is kept for the saves.
        m_cacheRead = true;
        m_cacheKey =
            sdfGlyphCacheKey(m_files, kSdfBaseSizePx, kSdfSpreadPx, kOnEdge, kPixelDistScale);
        if (auto stored = loadSdfGlyphs(m_cacheDir, m_cacheKey)) {
            for (StoredGlyph& g : *stored)
                m_stored.emplace(glyphKey(g.font, g.glyph), std::move(g));
        }
    }
    auto stored = m_stored.find(key);
    if (stored == m_stored.end()) {
        // Computed here (the slow part: every pixel against every edge of the outline).
        StoredGlyph computed;
        computed.font = static_cast<uint8_t>(font->id);
        computed.glyph = glyphIndex;
        int w = 0, h = 0, xoff = 0, yoff = 0;
        unsigned char* sdf =
            stbtt_GetGlyphSDF(&font->info, font->scale(kSdfBaseSizePx), glyphIndex, kSdfSpreadPx,
                              kOnEdge, kPixelDistScale, &w, &h, &xoff, &yoff);
        if (sdf && w > 0 && h > 0) {
            computed.width = w;
            computed.height = h;
            computed.offX = xoff;
            computed.offY = yoff;
            computed.pixels.assign(sdf, sdf + static_cast<size_t>(w) * h);
        }
        if (sdf) stbtt_FreeSDF(sdf, nullptr);
        stored = m_stored.emplace(key, std::move(computed)).first;
        m_unsaved = !m_cacheDir.empty();
        ++m_computed;
    }
    const StoredGlyph& field = stored->second;
    Glyph g;
    const int w = field.width, h = field.height;
    if (w > 0 && h > 0) {
        int ax = 0, ay = 0;
        if (!allocate(w + 1, h + 1, &ax, &ay)) return nullptr;
        for (int row = 0; row < h; ++row)
            std::copy_n(field.pixels.data() + static_cast<size_t>(row) * w, w,
                        &m_pixels[static_cast<size_t>(ay + row) * m_atlasW + ax]);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_texture.id());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, ax, ay, w, h, GL_RED, GL_UNSIGNED_BYTE,
                        field.pixels.data());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        g = {ax, ay, w, h, static_cast<float>(field.offX), static_cast<float>(field.offY)};
    }
    return &m_glyphs.emplace(key, g).first->second;
}

bool SdfFont::layout(const std::string& utf8, SdfFace face, float sizePx, float letterSpacingEm,
                     glm::vec2 baselineLeftPx, std::vector<Quad>* out) {
    const float k = sizePx / kSdfBaseSizePx;  // screen pixels per field pixel
    float pen = baselineLeftPx.x;
    const Font* previousFont = nullptr;
    int previous = 0;
    for (uint32_t cp : utf8CodePoints(utf8)) {
        const auto [font, gi] = resolve(cp, face);
        const float s = font->scale(sizePx);
        if (previous && previousFont == font)
            pen += s * stbtt_GetGlyphKernAdvance(&font->info, previous, gi);
        const Glyph* g = glyph(font, gi);
        if (!g) return false;
        if (g->w > 0) {
            Quad q;
            q.p0 = {pen + g->offX * k, baselineLeftPx.y + g->offY * k};
            q.p1 = q.p0 + glm::vec2(g->w, g->h) * k;
            q.uv0 = {static_cast<float>(g->x), static_cast<float>(g->y)};
            q.uv1 = q.uv0 + glm::vec2(g->w, g->h);
            out->push_back(q);
        }
        int advance = 0, bearing = 0;
        stbtt_GetGlyphHMetrics(&font->info, gi, &advance, &bearing);
        pen += s * advance + letterSpacingEm * sizePx;
        previous = gi;
        previousFont = font;
    }
    return true;
}

}  // namespace render
