// The vector export's timeline: the corridor's segments, the investment arcs as quadratic
// Bézier paths (scene::arcPoint's control point) and the destination discs and node markers,
// following route.frag, arc.frag and marker.frag. Animated effects (cargo particles, pulses) are
// left out; arcs get a gradient for their rising opacity and flat alpha for low confidence.
#include "render/vector_draw.h"

#include "render/timeline_style.h"
#include "scene/style.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace render::vec {

namespace {

double smoothstep(double e0, double e1, double x) {
    // Infinite edges (a segment never upgraded, a node open before the timeline) give 0 or 1.
    if (x <= e0) return 0.0;
    if (x >= e1) return 1.0;
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

scene::Rgba rgba(const glm::vec4& v) {
    return {v.r, v.g, v.b, v.a};
}

// ---- the corridor ----------------------------------------------------------------------------

// The drawn part of a segment in frame pixels: the vertices up to the grown share, with the tip
// interpolated (route.vert).
std::vector<glm::dvec2> grownPath(const scene::RouteSegmentGeometry& seg, double grown,
                                  const Xform& x) {
    std::vector<glm::dvec2> out;
    const size_t n = seg.path.size();
    for (size_t k = 0; k < n; ++k) {
        const double along = seg.along.size() == n
                                 ? seg.along[k]
                                 : static_cast<double>(k) / std::max<size_t>(n - 1, 1);
        if (along <= grown || k == 0) {
            out.push_back(x(seg.path[k]));
            continue;
        }
        const double prev =
            seg.along.size() == n ? seg.along[k - 1] : static_cast<double>(k - 1) / (n - 1);
        const double t = (grown - prev) / std::max(along - prev, 1e-9);
        out.push_back(x(glm::mix(seg.path[k - 1], seg.path[k], t)));
        break;
    }
    return out;
}

void polyline(cairo_t* cr, const std::vector<glm::dvec2>& pts) {
    cairo_new_path(cr);
    cairo_move_to(cr, pts.front().x, pts.front().y);
    for (size_t i = 1; i < pts.size(); ++i) cairo_line_to(cr, pts[i].x, pts[i].y);
}

}  // namespace

void drawRoute(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec) {
    if (!scene.timeline || !spec.timeline.route) return;
    const RouteDrawParams style = routeStyleFor(scene::paletteFor(scene.themes, spec.theme));
    const double ppt = spec.pixelsPerPoint;
    const Xform x = xformFor(spec);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const scene::RouteSegmentGeometry& seg : scene.timeline->route) {
        if (!scene::routeDrawnAt(seg, spec.year) || seg.path.size() < 2) continue;
        const double grown = std::clamp(spec.year - static_cast<double>(seg.yearOpen), 0.0, 1.0);
        const std::vector<glm::dvec2> pts = grownPath(seg, grown, x);
        if (pts.size() < 2) continue;
        const int mode = std::min(static_cast<int>(seg.mode), 2);
        const int status = std::min(static_cast<int>(seg.status), 2);
        const double widthPt = mode == 0   ? style.railWidthPt
                               : mode == 1 ? style.seaWidthPt
                                           : style.roadWidthPt;
        const double upgrade = smoothstep(seg.yearUpgraded, seg.yearUpgraded + 0.5, spec.year);
        const double hw =
            std::max(0.5 * widthPt * ppt * (1.0 + (style.upgradeFactor - 1.0) * upgrade), 0.5);
        scene::Rgba color = rgba(mode == 0   ? style.railColor
                                 : mode == 1 ? style.seaColor
                                             : style.roadColor);
        double casingPx = style.casingWidthPt * ppt;
        // Dashes with round caps, as route.frag's dashDistance: `on` of core plus the caps.
        std::array<double, 2> dash{0.0, 0.0};
        if (status != 0) {
            dash = {3.0 * ppt, 3.0 * ppt + 2.0 * hw};
            color.a *= status == 1 ? 0.55f : 0.38f;
            casingPx *= 0.5;
        } else if (mode == 1) {
            dash = {6.0 * ppt, 3.5 * ppt + 2.0 * hw};
        }
        const bool dashed = dash[0] > 0.0;
        auto stroke = [&](double width, const scene::Rgba& c) {
            polyline(cr, pts);
            if (dashed)
                cairo_set_dash(cr, dash.data(), 2, dash[0] + dash[1] - hw);
            else
                cairo_set_dash(cr, nullptr, 0, 0.0);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
            cairo_set_line_width(cr, width);
            setColor(cr, c);
            cairo_stroke(cr);
        };
        stroke(2.0 * (hw + casingPx), rgba(style.casingColor));
        stroke(2.0 * hw, color);
        if (mode == 0 && status == 0) {
            // Sleepers: faint dark bars across the track, every 4.5 pt; once upgraded, a dark
            // line between the two tracks instead.
            polyline(cr, pts);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
            const double ties[2] = {0.9 * ppt, 3.6 * ppt};
            cairo_set_dash(cr, ties, 2, 2.7 * ppt);
            cairo_set_line_width(cr, 2.0 * hw);
            cairo_set_source_rgba(cr, 0, 0, 0, 0.22 * color.a * (1.0 - upgrade));
            cairo_stroke(cr);
            if (upgrade > 0.0) {
                polyline(cr, pts);
                cairo_set_dash(cr, nullptr, 0, 0.0);
                cairo_set_line_width(cr, 0.32 * hw);
                cairo_set_source_rgba(cr, 0, 0, 0, 0.5 * color.a * upgrade);
                cairo_stroke(cr);
            }
        }
    }
    cairo_set_dash(cr, nullptr, 0, 0.0);
}

// ---- arcs ------------------------------------------------------------------------------------

namespace {

struct Quad {
    glm::dvec2 p0, p1, p2;  // frame pixels
    glm::dvec2 at(double t) const {
        const double mt = 1.0 - t;
        return mt * mt * p0 + 2.0 * mt * t * p1 + t * t * p2;
    }
    glm::dvec2 tangent(double t) const { return (1.0 - t) * (p1 - p0) + t * (p2 - p1); }
    // The part from 0 to t (de Casteljau).
    Quad head(double t) const { return {p0, p0 + t * (p1 - p0), at(t)}; }
    // Tiller-Hanson offset by d to the left of travel (y down: left is (y, -x)).
    Quad offset(double d) const {
        auto leftOf = [](glm::dvec2 v) {
            const double l = glm::length(v);
            return l > 1e-9 ? glm::dvec2(v.y, -v.x) / l : glm::dvec2(0.0);
        };
        const glm::dvec2 n1 = leftOf(p1 - p0), n2 = leftOf(p2 - p1);
        const glm::dvec2 a = p0 + d * n1, b = p2 + d * n2;
        const glm::dvec2 u = p1 - p0, v = p2 - p1;
        const double den = u.x * v.y - u.y * v.x;
        glm::dvec2 c = p1 + d * n1;
        if (std::abs(den) > 1e-9 * glm::length(u) * glm::length(v)) {
            const glm::dvec2 q = (p1 + d * n2) - a;
            const double s = (q.x * v.y - q.y * v.x) / den;
            c = a + s * u;
        }
        return {a, c, b};
    }
};

void curveTo(cairo_t* cr, const Quad& q) {
    const glm::dvec2 c1 = q.p0 + 2.0 / 3.0 * (q.p1 - q.p0);
    const glm::dvec2 c2 = q.p2 + 2.0 / 3.0 * (q.p1 - q.p2);
    cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, q.p2.x, q.p2.y);
}

// Arc length table of the curve, for t at i / kSamples.
constexpr int kSamples = 64;
std::array<double, kSamples + 1> lengths(const Quad& q) {
    std::array<double, kSamples + 1> s{};
    glm::dvec2 prev = q.p0;
    for (int i = 1; i <= kSamples; ++i) {
        const glm::dvec2 p = q.at(static_cast<double>(i) / kSamples);
        s[i] = s[i - 1] + glm::length(p - prev);
        prev = p;
    }
    return s;
}
double tAtLength(const std::array<double, kSamples + 1>& s, double len) {
    if (len <= 0.0) return 0.0;
    for (int i = 1; i <= kSamples; ++i) {
        if (s[i] >= len) {
            const double f = (len - s[i - 1]) / std::max(s[i] - s[i - 1], 1e-9);
            return (i - 1 + f) / kSamples;
        }
    }
    return 1.0;
}

// The tapered tip from t0 to t1 as a closed polygon whose half width falls from `half` to 0.
void tipPolygon(cairo_t* cr, const Quad& q, double t0, double t1, double half) {
    constexpr int kTip = 8;
    std::array<glm::dvec2, kTip + 1> left{}, right{};
    for (int i = 0; i <= kTip; ++i) {
        const double f = static_cast<double>(i) / kTip;
        const double t = t0 + (t1 - t0) * f;
        glm::dvec2 d = q.tangent(t);
        const double l = glm::length(d);
        d = l > 1e-9 ? d / l : glm::dvec2(1.0, 0.0);
        const glm::dvec2 n(d.y, -d.x);
        const double h = half * (1.0 - f);
        left[i] = q.at(t) + h * n;
        right[i] = q.at(t) - h * n;
    }
    cairo_move_to(cr, left[0].x, left[0].y);
    for (int i = 1; i <= kTip; ++i) cairo_line_to(cr, left[i].x, left[i].y);
    for (int i = kTip - 1; i >= 0; --i) cairo_line_to(cr, right[i].x, right[i].y);
    cairo_close_path(cr);
}

// Opacity rising from 0.55 at the origin to 1 at the destination (arc.frag), as a gradient
// along the chord; `k` scales the alpha, `whiten` mixes the colour toward white.
cairo_pattern_t* arcGradient(const Quad& full, const scene::Rgba& c, double k, double whiten,
                             const scene::Rgba& toward, double boost) {
    cairo_pattern_t* p = cairo_pattern_create_linear(full.p0.x, full.p0.y, full.p2.x, full.p2.y);
    const double r = c.r + (toward.r - c.r) * whiten, g = c.g + (toward.g - c.g) * whiten,
                 b = c.b + (toward.b - c.b) * whiten;
    for (int i = 0; i <= 4; ++i) {
        const double f = i / 4.0;
        double a = c.a * (0.55 + 0.45 * smoothstep(0.0, 1.0, f));
        if (boost > 0.0) a = std::min(1.0, a * 1.35 + 0.15);
        cairo_pattern_add_color_stop_rgba(p, f, r, g, b, std::clamp(a * k, 0.0, 1.0));
    }
    return p;
}

void drawArc(cairo_t* cr, const scene::ArcInstance& arc, const scene::FrameSpec& spec,
             const Xform& x, bool highlightSet, const scene::Rgba& emphasisColor) {
    const float year = static_cast<float>(spec.year);
    if (year < arc.yearStart || year >= arc.yearEnd || arc.widthPt <= 0.f) return;
    const glm::dvec2 chord = arc.destWorld - arc.originWorld;
    const double chordLen = glm::length(chord);
    const glm::dvec2 o = x(arc.originWorld), d = x(arc.destWorld);
    const double lenPx = glm::length(d - o);
    if (chordLen <= 0.0 || lenPx < 0.5) return;
    const glm::dvec2 left = glm::dvec2(-chord.y, chord.x) / chordLen;
    const Quad full{
        o, x(0.5 * (arc.originWorld + arc.destWorld) + left * (2.0 * arc.bend * chordLen)), d};
    const double ppt = spec.pixelsPerPoint;
    double g = std::clamp(
        (spec.year - arc.yearStart) / std::max<double>(scene::kArcGrowYears, 1e-4), 0.0, 1.0);
    if (arc.flags & scene::kArcWhole) g = 1.0;  // single-year and window modes: no growth
    g = 1.0 - (1.0 - g) * (1.0 - g);
    const auto s = lengths(full);
    const double tipPx = [&] {
        // Arc length to t = g, interpolated in the table.
        const double fi = g * kSamples;
        const int i = std::min(static_cast<int>(fi), kSamples - 1);
        return s[i] + (s[i + 1] - s[i]) * (fi - i);
    }();
    const double maxHalf = std::min(
        0.5 * lenPx, 0.9 * lenPx / (8.0 * std::max(std::abs(static_cast<double>(arc.bend)), 1e-3)));
    double emphasis = 0.0;
    if (spec.timeline.highlightFlow >= 0)
        emphasis = static_cast<int>(arc.flowIndex) == spec.timeline.highlightFlow ? 1.0 : -1.0;
    else if (highlightSet)
        emphasis = (arc.flags & scene::kArcHighlighted) ? 1.0 : -1.0;
    double hw = 0.5 * arc.widthPt * spec.timeline.arcWidthScale * ppt * (emphasis > 0 ? 1.25 : 1.0);
    hw = std::max(std::min(hw, maxHalf), 0.25);
    const bool dotted = arc.flags & scene::kArcUnknownAmount;
    const double headHalf =
        dotted ? 0.0 : std::min(hw + std::clamp(0.5 * hw, 0.9 * ppt, 3.5 * ppt), maxHalf);
    const double headLen =
        std::min(std::max(2.4 * headHalf, 5.0 * ppt), 0.4 * std::max(tipPx, 1.0));

    double k = 1.0;                                             // alpha factors of arc.frag
    if (arc.flags & scene::kArcLowConfidence) k *= 0.6 * 0.65;  // hatching's mean, flat
    if (arc.flags & scene::kArcHalted) k *= 0.55;
    if (emphasis < 0.0) k *= 0.5;
    cairo_pattern_t* paint =
        arcGradient(full, arc.color, k, emphasis > 0 ? 0.18 : 0.0, emphasisColor, emphasis);
    cairo_set_source(cr, paint);
    const Quad grown = full.head(g);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);

    if (dotted) {
        // Unknown amount: round dots marching toward the destination.
        const double dotR = std::max(1.2 * hw, ppt);
        const double spacing = std::max(3.2 * dotR, 5.0 * ppt);
        const double phase = std::fmod(0.5 * spacing + 34.0 * ppt * spec.animPhase, spacing);
        const double dots[2] = {0.0, spacing};
        cairo_new_path(cr);
        cairo_move_to(cr, o.x, o.y);
        curveTo(cr, grown);
        cairo_set_dash(cr, dots, 2, spacing - phase);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_line_width(cr, 2.0 * dotR);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0.0);
        cairo_pattern_destroy(paint);
        return;
    }
    // The body up to the head, then the tapered head.
    const double tBody = tAtLength(s, std::max(tipPx - headLen, 0.0));
    const Quad body = full.head(tBody);
    const bool jointVenture = arc.flags & scene::kArcJointVenture;
    const bool unspent = arc.flags & (scene::kArcUnrealised | scene::kArcHalted);
    const double outline = std::max(0.9 * ppt, 0.75);
    if ((unspent || jointVenture) && hw > outline + 1.25 * ppt) {
        // An outline round a faint fill; a joint venture's China share solid down the middle.
        auto shape = [&](double half, double headHalfNow) {
            cairo_new_path(cr);
            const Quad l = body.offset(half), r = body.offset(-half);
            cairo_move_to(cr, l.p0.x, l.p0.y);
            curveTo(cr, l);
            const glm::dvec2 tip = full.at(g);
            glm::dvec2 dir = full.tangent(tBody);
            dir /= std::max(glm::length(dir), 1e-9);
            const glm::dvec2 n(dir.y, -dir.x);
            const glm::dvec2 at = full.at(tBody);
            cairo_line_to(cr, at.x + headHalfNow * n.x, at.y + headHalfNow * n.y);
            cairo_line_to(cr, tip.x, tip.y);
            cairo_line_to(cr, at.x - headHalfNow * n.x, at.y - headHalfNow * n.y);
            cairo_line_to(cr, r.p2.x, r.p2.y);
            const glm::dvec2 c1 = r.p2 + 2.0 / 3.0 * (r.p1 - r.p2);
            const glm::dvec2 c2 = r.p0 + 2.0 / 3.0 * (r.p1 - r.p0);
            cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, r.p0.x, r.p0.y);
            cairo_close_path(cr);
        };
        const double inset = hw - 0.5 * outline;
        shape(inset, std::max(headHalf - 0.5 * outline, inset));
        cairo_pattern_t* faint =
            arcGradient(full, arc.color, 0.16 * k, 0.0, emphasisColor, emphasis);
        cairo_set_source(cr, faint);
        cairo_fill_preserve(cr);
        cairo_pattern_destroy(faint);
        cairo_set_source(cr, paint);
        cairo_set_line_width(cr, outline);
        cairo_stroke(cr);
        if (jointVenture && !unspent) {
            const double share =
                static_cast<double>((arc.flags >> scene::kArcShareShift) & 255u) / 100.0;
            const double band = std::min(share * hw, hw - outline);
            if (band > 0.0) {
                cairo_new_path(cr);
                cairo_move_to(cr, o.x, o.y);
                curveTo(cr, body);
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
                cairo_set_line_width(cr, 2.0 * band);
                cairo_stroke(cr);
            }
        }
        cairo_pattern_destroy(paint);
        return;
    }
    cairo_new_path(cr);
    cairo_move_to(cr, o.x, o.y);
    curveTo(cr, body);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_set_line_width(cr, 2.0 * hw);
    if (unspent) {
        // Too thin for an outline: long dashes instead.
        const double dashes[2] = {6.0 * ppt, 3.0 * ppt};
        cairo_set_dash(cr, dashes, 2, 0.0);
    }
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    cairo_new_path(cr);
    tipPolygon(cr, full, tBody, g, headHalf);
    cairo_fill(cr);
    cairo_pattern_destroy(paint);
}

}  // namespace

void drawArcs(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec) {
    if (!scene.timeline || !spec.timeline.arcs) return;
    std::vector<scene::ArcInstance> arcs;
    if (scene.dataset) {
        scene::applyTimelineView(*scene.dataset, *scene.timeline, spec.timeline.view, &arcs,
                                 nullptr);
    } else {
        arcs = scene.timeline->arcs;
    }
    const scene::Palette palette = scene::paletteFor(scene.themes, spec.theme);
    for (size_t i = 0; i < arcs.size() && i < scene.sectorOfArc.size(); ++i)
        arcs[i].color = scene::sectorColor(scene.sectorOfArc[i], palette);
    const Xform x = xformFor(spec);
    const bool highlightSet = scene.dataset && !spec.timeline.view.highlightFlows.empty();
    for (const scene::ArcInstance& arc : arcs)
        drawArc(cr, arc, spec, x, highlightSet, palette.flowEmphasis);
}

// ---- markers ---------------------------------------------------------------------------------

void drawDestinations(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec) {
    if (!scene.timeline || !spec.timeline.markers) return;
    std::vector<scene::DestinationMarker> viewed;
    const std::vector<scene::DestinationMarker>* markers = &scene.timeline->markers;
    if (scene.dataset) {
        std::vector<scene::ArcInstance> unused;
        scene::applyTimelineView(*scene.dataset, *scene.timeline, spec.timeline.view, &unused,
                                 &viewed);
        markers = &viewed;
    }
    const MarkerDrawParams style = markerStyleFor(scene::paletteFor(scene.themes, spec.theme));
    const double ppt = spec.pixelsPerPoint;
    const double maxAmount = scene.timeline->markerMaxAmountUsd;
    const Xform x = xformFor(spec);
    for (size_t i = 0; i < markers->size(); ++i) {
        const scene::DestinationMarker& m = (*markers)[i];
        const double share =
            maxAmount > 0.0 ? std::clamp(scene::markerAmountAt(m, spec.year) / maxAmount, 0.0, 1.0)
                            : 0.0;
        if (!(share > 0.0)) continue;
        const double r = std::max(style.destMaxRadiusPt * ppt * std::sqrt(share),
                                  static_cast<double>(style.destMinRadiusPt) * ppt);
        const double emphasis = static_cast<int>(i) == spec.timeline.highlightMarker ? 1.0 : 0.0;
        const double stroke = style.destStrokePt * ppt * (1.0 + emphasis);
        const glm::dvec2 p = x(m.world);
        cairo_new_path(cr);
        cairo_arc(cr, p.x, p.y, r, 0, 2 * M_PI);
        setColor(cr, rgba(style.destFill), 1.0 + 0.8 * emphasis);
        cairo_fill(cr);
        cairo_arc(cr, p.x, p.y, r + 0.5 * stroke, 0, 2 * M_PI);  // the rim, outside the disc
        cairo_set_line_width(cr, stroke);
        setColor(cr, rgba(style.destStroke));
        cairo_stroke(cr);
    }
}

void drawNodes(cairo_t* cr, const VectorScene& scene, const scene::FrameSpec& spec) {
    if (!scene.timeline || !spec.timeline.markers) return;
    const MarkerDrawParams style = markerStyleFor(scene::paletteFor(scene.themes, spec.theme));
    const double ppt = spec.pixelsPerPoint;
    const Xform x = xformFor(spec);
    // City, Port, BorderCrossing, DryPort, Site, Capital: sized to read as equals (marker.vert).
    constexpr double kScale[6] = {0.8, 1.1, 1.0, 0.95, 0.7, 1.0};
    for (const scene::RouteNode& n : scene.timeline->nodes) {
        if (spec.year < n.yearFirstOpen) continue;
        const double visibility = smoothstep(n.yearFirstOpen, n.yearFirstOpen + 0.3, spec.year);
        const int kind = std::min(static_cast<int>(n.kind), 5);
        const double r = 0.5 * style.nodeSizePt * ppt * kScale[kind] * (0.55 + 0.45 * visibility);
        const double stroke = style.nodeStrokePt * ppt;
        const glm::dvec2 p = x(n.world);
        auto shape = [&] {
            cairo_new_path(cr);
            if (kind == 2) {  // border crossing: a diamond
                const double h = 1.25 * r;
                cairo_move_to(cr, p.x, p.y - h);
                cairo_line_to(cr, p.x + h, p.y);
                cairo_line_to(cr, p.x, p.y + h);
                cairo_line_to(cr, p.x - h, p.y);
                cairo_close_path(cr);
            } else if (kind == 3) {  // dry port: a rounded square
                const double h = 0.9 * r, c = 0.35 * r;
                cairo_new_sub_path(cr);
                cairo_arc(cr, p.x + h - c, p.y - h + c, c, -M_PI / 2, 0);
                cairo_arc(cr, p.x + h - c, p.y + h - c, c, 0, M_PI / 2);
                cairo_arc(cr, p.x - h + c, p.y + h - c, c, M_PI / 2, M_PI);
                cairo_arc(cr, p.x - h + c, p.y - h + c, c, M_PI, 1.5 * M_PI);
                cairo_close_path(cr);
            } else {
                cairo_arc(cr, p.x, p.y, r, 0, 2 * M_PI);
            }
        };
        // The outline lies outside the shape: stroked twice as wide under the fill.
        shape();
        cairo_set_line_width(cr, 2.0 * stroke);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
        setColor(cr, rgba(style.nodeStroke), visibility);
        cairo_stroke_preserve(cr);
        setColor(cr, rgba(style.nodeFill), visibility);
        cairo_fill(cr);
        if (kind == 1) {  // a port's inner ring
            cairo_arc(cr, p.x, p.y, 0.5 * r, 0, 2 * M_PI);
            cairo_set_line_width(cr, 0.9 * stroke + 0.4);
            setColor(cr, rgba(style.nodeStroke), visibility);
            cairo_stroke(cr);
        } else if (kind == 5) {  // a capital's dot
            cairo_arc(cr, p.x, p.y, 0.38 * r, 0, 2 * M_PI);
            setColor(cr, rgba(style.nodeStroke), visibility);
            cairo_fill(cr);
        }
    }
}

}  // namespace render::vec
