#include "render/label_layer.h"
#include "render/vertex_layout.h"

#include "render/gl.h"

#include <cstddef>

namespace render {

namespace {

void premultiplied(const scene::Rgba& c, float opacity, float* out) {
    const float a = c.a * opacity;
    out[0] = c.r * a;
    out[1] = c.g * a;
    out[2] = c.b * a;
    out[3] = a;
}

SdfFace faceOf(scene::LabelFace f) {
    switch (f) {
        case scene::LabelFace::Bold:
            return SdfFace::Bold;
        case scene::LabelFace::Italic:
            return SdfFace::Italic;
        case scene::LabelFace::Regular:
            break;
    }
    return SdfFace::Regular;
}

}  // namespace

LabelColors labelColorsFor(const scene::Palette& palette) {
    using K = scene::LabelKind;
    LabelColors c;
    auto set = [&](K k, scene::Rgba text, scene::Rgba halo) {
        c.text[static_cast<int>(k)] = text;
        c.halo[static_cast<int>(k)] = halo;
    };
    set(K::Country, palette.labelCountry, palette.labelHalo);
    set(K::Region, palette.labelRegion, palette.labelHalo);
    set(K::Water, palette.labelWater, palette.labelWaterHalo);
    set(K::Capital, palette.labelCapital, palette.labelHalo);
    set(K::City, palette.labelCity, palette.labelHalo);
    set(K::Node, palette.labelNode, palette.labelHalo);
    set(K::Project, palette.labelProject, palette.labelHalo);
    c.dotFill = palette.labelDotFill;
    c.dotStroke = palette.labelDotStroke;
    return c;
}

std::unique_ptr<LabelLayer> LabelLayer::create(const SdfFontFiles& fonts, std::string* error) {
    std::string err;
    std::unique_ptr<LabelLayer> l(new LabelLayer());
    l->m_font = SdfFont::create(fonts, &err);
    if (l->m_font)
        l->m_program = std::make_unique<Program>("label", "label.vert", "label.frag", &err);
    if (!l->m_font || !l->m_program->valid()) {
        if (error) *error = err;
        return nullptr;
    }
    l->m_vao = gl::makeVertexArray();
    l->m_vbo = gl::makeBuffer();
    glBindVertexArray(l->m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, l->m_vbo.id());
    gl::setVertexLayout(sizeof(Vertex), {{0, 2, offsetof(Vertex, x)},
                                         {1, 2, offsetof(Vertex, u)},
                                         {2, 4, offsetof(Vertex, color)},
                                         {3, 4, offsetof(Vertex, halo)},
                                         {4, 4, offsetof(Vertex, params)}});
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return l;
}

scene::TextExtent measureLabel(const SdfFont& font, const std::string& utf8,
                               const scene::LabelStyle& style, float sizePx) {
    const SdfFont::Extent e = font.measure(utf8, faceOf(style.face), sizePx, style.letterSpacingEm);
    return {e.widthPx, e.ascentPx, e.descentPx};
}

scene::TextExtent LabelLayer::measure(const std::string& utf8, const scene::LabelStyle& style,
                                      float sizePx) const {
    return measureLabel(*m_font, utf8, style, sizePx);
}

void LabelLayer::build(const scene::LabelSet& set, const scene::LabelPlacement& placement,
                       const DrawParams& p, bool* atlasFull) {
    m_vertices.clear();
    *atlasFull = false;
    auto quad = [&](glm::vec2 p0, glm::vec2 p1, glm::vec2 uv0, glm::vec2 uv1, const float* col,
                    const float* halo, const float* params) {
        auto v = [&](float x, float y, float u, float w) {
            Vertex vx{x, y, u, w, {}, {}, {}};
            for (int i = 0; i < 4; ++i) {
                vx.color[i] = col[i];
                vx.halo[i] = halo[i];
                vx.params[i] = params[i];
            }
            m_vertices.push_back(vx);
        };
        v(p0.x, p0.y, uv0.x, uv0.y);
        v(p1.x, p0.y, uv1.x, uv0.y);
        v(p0.x, p1.y, uv0.x, uv1.y);
        v(p0.x, p1.y, uv0.x, uv1.y);
        v(p1.x, p0.y, uv1.x, uv0.y);
        v(p1.x, p1.y, uv1.x, uv1.y);
    };
    const float ppt = p.pixelsPerPoint;
    // Dots first, so no dot ever covers text.
    for (const scene::PlacedLabel& placed : placement.labels) {
        const scene::Label& label = set.labels[placed.index];
        if (!label.drawDot) continue;
        float fill[4], stroke[4];
        premultiplied(p.colors.dotFill, placed.opacity, fill);
        premultiplied(p.colors.dotStroke, placed.opacity, stroke);
        const float r = kCityDotRadiusPt * ppt, s = kCityDotStrokePt * ppt;
        const float params[4] = {1.f, 1.f, s, r};
        const glm::vec2 c = placed.anchorPx - p.frameOffsetPx;
        const float reach = r + s + 1.f;
        quad(c - reach, c + reach, glm::vec2(-reach), glm::vec2(reach), fill, stroke, params);
    }
    for (const scene::PlacedLabel& placed : placement.labels) {
        const scene::Label& label = set.labels[placed.index];
        const scene::LabelStyle style = scene::labelStyle(label.kind);
        const int k = static_cast<int>(label.kind);
        float text[4], halo[4];
        premultiplied(p.colors.text[k], placed.opacity, text);
        premultiplied(p.colors.halo[k], placed.opacity, halo);
        const float params[4] = {0.f, placed.sizePx / kSdfBaseSizePx, style.haloPt * ppt, 0.f};
        m_quads.clear();
        const glm::vec2 origin = placed.anchorPx + placed.baselineOffsetPx - p.frameOffsetPx;
        if (!m_font->layout(label.textFor(p.language), faceOf(style.face), placed.sizePx,
                            style.letterSpacingEm, origin, &m_quads)) {
            *atlasFull = true;
            return;
        }
        for (const auto& q : m_quads) quad(q.p0, q.p1, q.uv0, q.uv1, text, halo, params);
    }
}

int LabelLayer::draw(const scene::LabelSet& set, const scene::LabelPlacement& placement,
                     const DrawParams& p) {
    if (placement.labels.empty()) return 0;
    bool full = false;
    build(set, placement, p, &full);
    if (full) {
        // Glyphs of an earlier view filled the atlas: start it afresh for this frame's text.
        m_font->clearAtlas();
        build(set, placement, p, &full);
    }
    m_font->saveGlyphCache();  // the fields computed for this frame, if any, for the next run
    if (m_vertices.empty()) return 0;
    glViewport(0, 0, static_cast<GLsizei>(p.viewportPx.x), static_cast<GLsizei>(p.viewportPx.y));
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha
    m_program->use();
    m_program->set("u_viewportPx", p.viewportPx);
    m_program->set("u_atlasSize", glm::vec2(m_font->atlasSize()));
    m_program->set("u_atlas", 0);
    m_program->set("u_fieldStepsPerPx", 127.f / static_cast<float>(kSdfSpreadPx));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_font->atlasTexture());
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(m_vertices.size() * sizeof(Vertex)),
                 m_vertices.data(), GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(m_vertices.size()));
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return 1;
}

}  // namespace render
