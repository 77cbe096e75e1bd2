#include "scene/legend_layout.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace scene {

namespace {

using Kind = LegendEntry::Kind;

// Layout constants in points.
constexpr float kSectionGapPt = 7.f;  // above and below each separator
constexpr float kTitleGapPt = 7.f;    // year baseline to title cap line
constexpr float kLabelGapPt = 7.f;    // sample to label
constexpr float kColumnGapPt = 14.f;
constexpr float kRowPaddingPt = 4.f;     // around the tallest sample in a row
constexpr float kCapHeight = 0.714f;     // cap height over em size (Noto Sans; close for others)
constexpr float kLineSamplePt = 30.f;    // swatches, width samples, route modes, notes
constexpr float kMarkerSamplePt = 12.f;  // node kinds
constexpr float kCircleSamplePt = 40.f;  // destination discs (up to ~18 pt radius)

enum class Section { Sector, Amount, Circle, Route, Cargo, Node, Text };
enum class Sample {
    Swatch,
    Width,
    Dotted,
    Hatched,
    Outlined,
    Halted,
    JointVenture,
    Circle,
    Particles,
    Route,
    Node,
    None
};

Sample sampleOf(const LegendEntry& e) {
    switch (e.kind) {
        case Kind::SectorSwatch:
            return Sample::Swatch;
        case Kind::WidthSample:
            return Sample::Width;
        case Kind::RouteMode:
            return Sample::Route;
        case Kind::NodeKind:
            return Sample::Node;
        case Kind::CircleSample:
            return Sample::Circle;
        case Kind::Note:
            break;
    }
    switch (e.mark) {
        case LegendEntry::Mark::Dotted:
            return Sample::Dotted;
        case LegendEntry::Mark::Hatched:
            return Sample::Hatched;
        case LegendEntry::Mark::Outlined:
            return Sample::Outlined;
        case LegendEntry::Mark::Halted:
            return Sample::Halted;
        case LegendEntry::Mark::JointVenture:
            return Sample::JointVenture;
        case LegendEntry::Mark::Particles:
            return Sample::Particles;
        case LegendEntry::Mark::None:
            break;
    }
    return Sample::None;
}

Section sectionOf(Sample s) {
    switch (s) {
        case Sample::Swatch:
            return Section::Sector;
        case Sample::Width:
        case Sample::Dotted:
        case Sample::Hatched:
        case Sample::Outlined:
        case Sample::Halted:
        case Sample::JointVenture:
            return Section::Amount;
        case Sample::Circle:
            return Section::Circle;
        case Sample::Particles:
            return Section::Cargo;
        case Sample::Route:
            return Section::Route;
        case Sample::Node:
            return Section::Node;
        case Sample::None:
            break;
    }
    return Section::Text;
}

float sampleWidthPt(Section s) {
    switch (s) {
        case Section::Node:
            return kMarkerSamplePt;
        case Section::Circle:
            return kCircleSamplePt;
        case Section::Text:
            return 0.f;
        default:
            return kLineSamplePt;
    }
}

struct Group {
    Section section;
    std::vector<const LegendEntry*> entries;
    int columns = 1;
    float cellWidthPx = 0.f;
};

std::vector<Group> groupEntries(const LegendSpec& spec) {
    std::vector<Group> groups;
    for (const LegendEntry& e : spec.entries) {
        const Section s = sectionOf(sampleOf(e));
        if (groups.empty() || groups.back().section != s) groups.push_back({s, {}});
        groups.back().entries.push_back(&e);
    }
    return groups;
}

Rgba orNeutral(const Rgba& c, const LegendStyle& style) {
    return c.a > 0.f ? c : style.neutralSample;
}

Rgba withAlpha(Rgba c, float factor) {
    c.a *= factor;
    return c;
}

// Draws one entry's sample centred vertically on `centerY`, in [x0, x0 + widthPx].
void drawSample(const LegendEntry& e, const LegendStyle& style, float pt, float x0, float widthPx,
                float centerY, OverlayList& shapes) {
    const Rgba color = orNeutral(e.color, style);
    const glm::vec2 a(x0, centerY), b(x0 + widthPx, centerY);
    const glm::vec2 mid(x0 + 0.5f * widthPx, centerY);
    switch (sampleOf(e)) {
        case Sample::Swatch:
            shapes.addRoundedRect(a - glm::vec2(0.f, 4.f * pt), b + glm::vec2(0.f, 4.f * pt),
                                  2.5f * pt, {color});
            break;
        case Sample::Width:
            shapes.addLine(a, b, std::max(e.widthPt, 0.5f) * pt, color);
            break;
        case Sample::Dotted: {
            const float w = std::max(e.widthPt > 0.f ? e.widthPt : 1.f, 1.f) * pt;
            shapes.addLine(a + glm::vec2(0.5f * w, 0.f), b - glm::vec2(0.5f * w, 0.f), w, color,
                           LineCap::Round, {0.f, 2.6f * w, 0.f});
            break;
        }
        case Sample::Hatched: {
            const float w = (e.widthPt > 0.f ? e.widthPt : 6.f) * pt;
            shapes.addLine(a, b, w, withAlpha(color, 0.28f));
            shapes.addLine(a, b, w, color, LineCap::Butt, {}, 3.f * pt);
            break;
        }
        case Sample::Outlined:
        case Sample::Halted:
        case Sample::JointVenture: {
            // As the arc shader draws money not spent: an outline round a faint fill; a joint
            // venture's outline holds China's share filled solid.
            const Rgba c = sampleOf(e) == Sample::Halted ? withAlpha(color, 0.55f) : color;
            const float w = std::max(e.widthPt, 4.f) * pt;
            const float line = std::max(0.9f * pt, 0.75f);
            const glm::vec2 edge(0.f, 0.5f * (w - line));
            shapes.addLine(a, b, w - 2.f * line, withAlpha(c, 0.16f));
            shapes.addLine(a - edge, b - edge, line, c);
            shapes.addLine(a + edge, b + edge, line, c);
            if (sampleOf(e) == Sample::JointVenture) shapes.addLine(a, b, 0.5f * w, c);
            break;
        }
        case Sample::Circle: {
            ShapeStyle s{withAlpha(color, 0.3f), withAlpha(color, 0.9f), 1.f * pt};
            shapes.addCircle(glm::vec2(x0 + 0.5f * widthPx, centerY), e.radiusPt * pt, s);
            break;
        }
        case Sample::Particles: {
            // A dashed sea leg with two bright cargo particles, one each way.
            const float w = std::max(e.widthPt, 2.f) * pt;
            shapes.addLine(a, b, w, withAlpha(color, 0.6f), LineCap::Butt,
                           {5.f * pt, 3.f * pt, 0.f});
            ShapeStyle dot{color};
            shapes.addCircle(a + glm::vec2(0.3f * widthPx, -0.25f * w), 1.4f * pt, dot);
            shapes.addCircle(a + glm::vec2(0.75f * widthPx, 0.25f * w), 1.4f * pt, dot);
            break;
        }
        case Sample::Route:
            if (e.mode == data::TransportMode::Rail) {
                shapes.addLine(a, b, 6.f * pt, withAlpha(color, 0.85f), LineCap::Butt,
                               {0.9f * pt, 3.6f * pt, 1.35f * pt});
                shapes.addLine(a, b, 2.25f * pt, color);
            } else if (e.mode == data::TransportMode::Sea) {
                shapes.addLine(a, b, 2.f * pt, color, LineCap::Butt, {5.f * pt, 3.f * pt, 0.f});
            } else {
                shapes.addLine(a, b, 1.25f * pt, color);
            }
            break;
        case Sample::Node: {
            ShapeStyle s{color, style.markerOutline, 1.f * pt};
            switch (e.nodeKind) {
                case data::PlaceKind::Port:
                    shapes.addCircle(mid, 4.f * pt, s);
                    break;
                case data::PlaceKind::BorderCrossing:
                    shapes.addDiamond(mid, 5.f * pt, s);
                    break;
                case data::PlaceKind::DryPort:
                    shapes.addRoundedRect(mid - glm::vec2(3.6f * pt), mid + glm::vec2(3.6f * pt),
                                          1.4f * pt, s);
                    break;
                case data::PlaceKind::Capital:
                    shapes.addCircle(mid, 3.6f * pt, s);
                    shapes.addCircle(mid, 1.3f * pt, {style.markerOutline});
                    break;
                case data::PlaceKind::Site:
                    shapes.addRoundedRect(mid - glm::vec2(2.6f * pt), mid + glm::vec2(2.6f * pt),
                                          0.5f * pt, s);
                    break;
                case data::PlaceKind::City:
                    shapes.addCircle(mid, 2.6f * pt, s);
                    break;
            }
            break;
        }
        case Sample::None:
            break;
    }
}

float sampleHeightPt(const LegendEntry& e) {
    switch (sampleOf(e)) {
        case Sample::Width:
            return e.widthPt;
        case Sample::Circle:
            return 2.f * e.radiusPt;
        case Sample::Route:
            return 6.f;
        case Sample::Node:
            return 10.f;
        default:
            return 8.f;
    }
}

// Lays the legend's content out with the panel's top-left corner at originPx: the separators and
// samples into `shapes`, the text into `textOut`. Returns the panel size in pixels.
glm::vec2 layout(const LegendSpec& spec, const LegendStyle& style, const TextMetrics& text,
                 float pt, glm::vec2 originPx, OverlayList& shapes, OverlayList& textOut) {
    const float pad = style.paddingPt * pt;
    const float yearPx = style.yearSizePt * pt, titlePx = style.titleSizePt * pt;
    const float labelPx = style.labelSizePt * pt;
    const float labelGap = kLabelGapPt * pt, columnGap = kColumnGapPt * pt;

    // Widths: the header, then one-column groups, then as many columns as fit for the others.
    std::vector<Group> groups = groupEntries(spec);
    float contentW = style.minContentWidthPt * pt;
    if (!spec.yearText.empty())
        contentW = std::max(contentW, text.widthPx(spec.yearText, yearPx, true));
    if (!spec.title.empty()) contentW = std::max(contentW, text.widthPx(spec.title, titlePx, true));
    if (!spec.subtitle.empty())
        contentW = std::max(contentW, text.widthPx(spec.subtitle, labelPx, false));
    for (Group& g : groups) {
        const float sampleW = sampleWidthPt(g.section) * pt;
        float labelW = 0.f;
        for (const LegendEntry* e : g.entries)
            labelW = std::max(labelW, text.widthPx(e->label, labelPx, false));
        g.cellWidthPx = sampleW > 0.f ? sampleW + labelGap + labelW : labelW;
        contentW = std::max(contentW, g.cellWidthPx);
    }
    contentW = std::ceil(contentW);
    for (Group& g : groups) {
        if (g.section != Section::Route && g.section != Section::Node &&
            g.section != Section::Circle)
            continue;
        const int fit = static_cast<int>((contentW + columnGap) / (g.cellWidthPx + columnGap));
        g.columns = std::clamp(fit, 1, static_cast<int>(g.entries.size()));
    }

    // Heights, queueing the content as we go.
    const glm::vec2 o = glm::round(originPx);
    float y = pad;
    bool anything = false;
    if (!spec.yearText.empty()) {
        y += std::round(kCapHeight * yearPx);
        textOut.addText(spec.yearText, o + glm::vec2(pad, y), yearPx, style.yearText, true);
        anything = true;
    }
    if (!spec.title.empty()) {
        y += std::round((anything ? kTitleGapPt * pt : 0.f) + kCapHeight * titlePx);
        textOut.addText(spec.title, o + glm::vec2(pad, y), titlePx, style.titleText, true);
        y += text.descentPx(titlePx, true) * 0.6f;
        anything = true;
    }
    if (!spec.subtitle.empty()) {
        y += std::round((anything ? 0.45f * kTitleGapPt * pt : 0.f) + kCapHeight * labelPx);
        textOut.addText(spec.subtitle, o + glm::vec2(pad, y), labelPx, style.noteText, false);
        y += text.descentPx(labelPx, false) * 0.6f;
        anything = true;
    }
    for (const Group& g : groups) {
        if (anything) {
            y += kSectionGapPt * pt;
            const float sepY = std::floor(y) + 0.5f;
            shapes.addLine(o + glm::vec2(pad, sepY), o + glm::vec2(pad + contentW, sepY),
                           std::max(0.75f * pt, 1.f), style.separator);
            y += kSectionGapPt * pt - 2.f * pt;
        }
        anything = true;
        const float sampleW = sampleWidthPt(g.section) * pt;
        const size_t n = g.entries.size();
        const size_t rows = (n + g.columns - 1) / g.columns;
        for (size_t r = 0; r < rows; ++r) {
            float rowH = labelPx * 1.55f;
            for (int c = 0; c < g.columns; ++c) {
                const size_t i = r * g.columns + c;  // fill rows left to right
                if (i < n)
                    rowH = std::max(rowH, (sampleHeightPt(*g.entries[i]) + kRowPaddingPt) * pt);
            }
            const float centerY = y + 0.5f * rowH;
            for (int c = 0; c < g.columns; ++c) {
                const size_t i = r * g.columns + c;
                if (i >= n) continue;
                const LegendEntry& e = *g.entries[i];
                const float x = o.x + pad + c * (g.cellWidthPx + columnGap);
                drawSample(e, style, pt, x, sampleW, o.y + centerY, shapes);
                const bool secondary = g.section == Section::Text || e.kind == Kind::Note;
                const float lx = x + (sampleW > 0.f ? sampleW + labelGap : 0.f);
                const float baseline = o.y + centerY + 0.5f * kCapHeight * labelPx;
                textOut.addText(e.label, {lx, baseline}, labelPx,
                                secondary ? style.noteText : style.labelText);
            }
            y += rowH;
        }
    }
    y += pad - 2.f * pt;
    return {std::ceil(contentW + 2.f * pad), std::ceil(y)};
}

}  // namespace

LegendStyle legendStyleFor(const Palette& palette) {
    LegendStyle s;
    s.panelFill = palette.legendPanel;
    s.panelOutline = palette.legendOutline;
    s.shadow = palette.legendShadow;
    s.separator = palette.legendSeparator;
    s.yearText = palette.legendYear;
    s.titleText = palette.legendTitle;
    s.labelText = palette.legendLabel;
    s.noteText = palette.legendNote;
    s.markerOutline = palette.legendMarkerOutline;
    s.neutralSample = palette.legendNeutralSample;
    return s;
}

glm::vec2 legendSizePx(const LegendSpec& spec, const LegendStyle& style, const TextMetrics& text,
                       float pixelsPerPoint) {
    OverlayList shapes, words;  // (the size is all that is asked for)
    return layout(spec, style, text, pixelsPerPoint, {0.f, 0.f}, shapes, words);
}

std::vector<OverlayItem> legendItems(const LegendSpec& spec, const LegendStyle& style,
                                     const TextMetrics& text, float pixelsPerPoint,
                                     glm::vec2 originPx) {
    const float pt = pixelsPerPoint;
    const glm::vec2 origin = glm::round(originPx);
    OverlayList content, words;
    const glm::vec2 size = layout(spec, style, text, pt, origin, content, words);
    OverlayList shapes;
    ShapeStyle shadow{style.shadow};
    shadow.blurPx = style.shadowBlurPt * pt;
    const glm::vec2 drop(0.f, 0.3f * style.shadowBlurPt * pt);
    shapes.addRoundedRect(origin + drop, origin + size + drop, style.cornerRadiusPt * pt, shadow);
    ShapeStyle panel{style.panelFill, style.panelOutline, style.outlineWidthPt * pt};
    shapes.addRoundedRect(origin, origin + size, style.cornerRadiusPt * pt, panel);
    shapes.items.insert(shapes.items.end(), content.items.begin(), content.items.end());
    shapes.items.insert(shapes.items.end(), words.items.begin(), words.items.end());
    return std::move(shapes.items);
}

}  // namespace scene
