// The vector export's text: the map labels at the positions the placement chose and the
// recorded legend and furniture, set with Cairo's FreeType back end from the same font files
// the GL text uses, so PDF viewers can select and search it (fonts are embedded as subsets).
#include "render/vector_draw.h"

#include "render/label_layer.h"

#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cmath>

namespace render::vec {

namespace {

cairo_font_face_t* faceFromFile(const std::string& file) {
    if (file.empty()) return nullptr;
    // A pattern naming the file: Cairo opens it with its own FreeType library and closes it
    // when the face is released.
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(file.c_str()));
    FcPatternAddInteger(pattern, FC_INDEX, 0);
    cairo_font_face_t* face = cairo_ft_font_face_create_for_pattern(pattern);
    FcPatternDestroy(pattern);
    if (cairo_font_face_status(face) != CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(face);
        return nullptr;
    }
    return face;
}

void setFont(cairo_t* cr, cairo_font_face_t* face, double sizePx) {
    cairo_set_font_face(cr, face);
    cairo_set_font_size(cr, sizePx);
    // Unhinted outlines and metrics, like stb_truetype's: the advances the layout measured.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
}

// True when the face has a glyph for every glyph cairo mapped (index 0 is .notdef).
bool coversAll(const cairo_glyph_t* glyphs, int count) {
    for (int i = 0; i < count; ++i) {
        if (glyphs[i].index == 0) return false;
    }
    return true;
}

}  // namespace

Fonts::Fonts(const SdfFontFiles& labels, const std::string& regular, const std::string& bold) {
    m_faces[kRegular] = faceFromFile(labels.regular);
    m_faces[kBold] = faceFromFile(labels.bold.empty() ? labels.regular : labels.bold);
    m_faces[kItalic] = faceFromFile(labels.italic.empty() ? labels.regular : labels.italic);
    m_faces[kFallback] = faceFromFile(labels.fallback);
    m_faces[kUiRegular] = faceFromFile(regular);
    m_faces[kUiBold] = faceFromFile(bold.empty() ? regular : bold);
}

Fonts::~Fonts() {
    for (cairo_font_face_t* f : m_faces) {
        if (f) cairo_font_face_destroy(f);
    }
}

void showText(cairo_t* cr, const Fonts& fonts, Fonts::Face face, const std::string& utf8,
              glm::dvec2 baselineLeftPx, double sizePx, double letterSpacingEm,
              const scene::Rgba& color, double haloPx, const scene::Rgba& halo) {
    if (utf8.empty() || !(sizePx > 0.0) || color.a <= 0.f) return;
    cairo_font_face_t* f = fonts.face(face);
    if (!f) f = fonts.face(Fonts::kRegular);
    if (!f) return;
    auto shape = [&](cairo_font_face_t* use, cairo_glyph_t** glyphs, int* count,
                     cairo_text_cluster_t** clusters, int* clusterCount,
                     cairo_text_cluster_flags_t* flags) {
        setFont(cr, use, sizePx);
        *glyphs = nullptr;
        *clusters = nullptr;
        return cairo_scaled_font_text_to_glyphs(
                   cairo_get_scaled_font(cr), baselineLeftPx.x, baselineLeftPx.y, utf8.c_str(),
                   static_cast<int>(utf8.size()), glyphs, count, clusters, clusterCount,
                   flags) == CAIRO_STATUS_SUCCESS;
    };
    cairo_glyph_t* glyphs = nullptr;
    cairo_text_cluster_t* clusters = nullptr;
    int count = 0, clusterCount = 0;
    cairo_text_cluster_flags_t flags{};
    if (!shape(f, &glyphs, &count, &clusters, &clusterCount, &flags)) return;
    cairo_font_face_t* fallback = fonts.face(Fonts::kFallback);
    if (!coversAll(glyphs, count) && fallback) {
        // Chinese (or other text the face lacks): the whole line in the fallback face.
        cairo_glyph_free(glyphs);
        cairo_text_cluster_free(clusters);
        if (!shape(fallback, &glyphs, &count, &clusters, &clusterCount, &flags)) return;
    }
    const double spacing = letterSpacingEm * sizePx;
    for (int i = 0; i < count; ++i) glyphs[i].x += spacing * i;
    if (haloPx > 0.0 && halo.a > 0.f) {
        // The halo: the glyphs' outlines stroked twice its radius wide, under the text.
        cairo_new_path(cr);
        cairo_glyph_path(cr, glyphs, count);
        cairo_set_line_width(cr, 2.0 * haloPx);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_dash(cr, nullptr, 0, 0.0);
        setColor(cr, halo);
        cairo_stroke(cr);
    }
    setColor(cr, color);
    cairo_show_text_glyphs(cr, utf8.c_str(), static_cast<int>(utf8.size()), glyphs, count, clusters,
                           clusterCount, flags);
    cairo_glyph_free(glyphs);
    cairo_text_cluster_free(clusters);
}

void drawLabels(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec,
                const Fonts& fonts) {
    if (!scene.labels || !spec.labels.enabled) return;
    const LabelColors colors = labelColorsFor(scene::paletteFor(scene.themes, spec.theme));
    const scene::LabelLanguage language =
        scene::parseLabelLanguage(spec.labels.language).value_or(scene::LabelLanguage::English);
    const double ppt = spec.pixelsPerPoint;
    // Dots first, so no dot covers text (label_layer.cpp).
    for (const scene::PlacedLabel& placed : scene.placement.labels) {
        if (placed.index >= scene.labels->labels.size()) continue;
        if (!scene.labels->labels[placed.index].drawDot) continue;
        const double r = kCityDotRadiusPt * ppt, s = kCityDotStrokePt * ppt;
        cairo_new_path(cr);
        cairo_arc(cr, placed.anchorPx.x, placed.anchorPx.y, r + 0.5 * s, 0, 2 * M_PI);
        cairo_set_line_width(cr, s);
        setColor(cr, colors.dotStroke, placed.opacity);
        cairo_stroke(cr);
        cairo_arc(cr, placed.anchorPx.x, placed.anchorPx.y, r, 0, 2 * M_PI);
        setColor(cr, colors.dotFill, placed.opacity);
        cairo_fill(cr);
    }
    for (const scene::PlacedLabel& placed : scene.placement.labels) {
        if (placed.index >= scene.labels->labels.size()) continue;
        const scene::Label& label = scene.labels->labels[placed.index];
        const scene::LabelStyle style = scene::labelStyle(label.kind);
        const int k = static_cast<int>(label.kind);
        const Fonts::Face face = style.face == scene::LabelFace::Bold     ? Fonts::kBold
                                 : style.face == scene::LabelFace::Italic ? Fonts::kItalic
                                                                          : Fonts::kRegular;
        scene::Rgba text = colors.text[k], halo = colors.halo[k];
        text.a *= placed.opacity;
        halo.a *= placed.opacity;
        const glm::dvec2 origin = glm::dvec2(placed.anchorPx) + glm::dvec2(placed.baselineOffsetPx);
        showText(cr, fonts, face, label.textFor(language), origin, placed.sizePx,
                 style.letterSpacingEm, text, style.haloPt * ppt, halo);
    }
}

namespace {

void roundedRect(cairo_t* cr, glm::dvec2 lo, glm::dvec2 hi, double r) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, hi.x - r, lo.y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, hi.x - r, hi.y - r, r, 0, M_PI / 2);
    cairo_arc(cr, lo.x + r, hi.y - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, lo.x + r, lo.y + r, r, M_PI, 1.5 * M_PI);
    cairo_close_path(cr);
}

// The current path filled (solid, or half-covered stripes for hatching at a flat half alpha)
// and outlined as the overlay shader does.
void fillAndOutline(cairo_t* cr, const ShapeStyle& style) {
    if (style.blurPx > 0.f) {
        // A drop shadow: its blur is raster-only; drawn as a flat shadow of the same ink.
        setColor(cr, style.fill, 0.5);
        cairo_fill(cr);
        return;
    }
    if (style.fill.a > 0.f) {
        setColor(cr, style.fill, style.hatchPx > 0.f ? 0.5 : 1.0);
        cairo_fill_preserve(cr);
    }
    if (style.outlineWidthPx > 0.f && style.outline.a > 0.f) {
        setColor(cr, style.outline);
        cairo_set_line_width(cr, style.outlineWidthPx);
        cairo_set_dash(cr, nullptr, 0, 0.0);
        cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
}

}  // namespace

void drawOverlays(cairo_t* cr, const OverlayRecord& record, const Fonts& fonts) {
    for (const OverlayItem& item : record.items) {
        const glm::dvec2 a(item.a), b(item.b);
        cairo_new_path(cr);
        switch (item.kind) {
            case OverlayItem::Kind::RoundedRect:
                roundedRect(cr, a, b, item.size);
                fillAndOutline(cr, item.style);
                break;
            case OverlayItem::Kind::Circle:
                cairo_arc(cr, a.x, a.y, item.size, 0, 2 * M_PI);
                fillAndOutline(cr, item.style);
                break;
            case OverlayItem::Kind::Diamond:
                cairo_move_to(cr, a.x, a.y - item.size);
                cairo_line_to(cr, a.x + item.size, a.y);
                cairo_line_to(cr, a.x, a.y + item.size);
                cairo_line_to(cr, a.x - item.size, a.y);
                cairo_close_path(cr);
                fillAndOutline(cr, item.style);
                break;
            case OverlayItem::Kind::Line: {
                cairo_move_to(cr, a.x, a.y);
                cairo_line_to(cr, b.x, b.y);
                cairo_set_line_width(cr, item.size);
                cairo_set_line_cap(
                    cr, item.cap == LineCap::Round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
                if (item.dash.gapPx > 0.f) {
                    const double d[2] = {item.dash.dashPx, item.dash.gapPx};
                    cairo_set_dash(cr, d, 2, item.dash.offsetPx);
                } else {
                    cairo_set_dash(cr, nullptr, 0, 0.0);
                }
                setColor(cr, item.color, item.hatchPx > 0.f ? 0.5 : 1.0);
                cairo_stroke(cr);
                cairo_set_dash(cr, nullptr, 0, 0.0);
                break;
            }
            case OverlayItem::Kind::Text:
                showText(cr, fonts, item.bold ? Fonts::kUiBold : Fonts::kUiRegular, item.text,
                         glm::dvec2(item.a.x, std::round(item.a.y)), item.size, 0.0, item.color,
                         item.haloPx, item.halo);
                break;
        }
    }
}

}  // namespace render::vec
