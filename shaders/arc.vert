#version 330 core
// One instance per investment arc: a triangle strip of 2 * (u_segments + 1) vertices along a
// quadratic Bézier, t and side from gl_VertexID. The control point sits on the chord's
// perpendicular bisector at 2 * bend * chord, left of travel (the same formula as
// scene::arcPoint). The curve is evaluated in pixels, so widths are in pixels from points.
// Visibility and the entry animation come from u_year; arcs out of their years collapse.
layout(location = 0) in vec2 a_origin;  // map plane relative to the layer origin
layout(location = 1) in vec2 a_dest;
layout(location = 2) in vec4 a_color;   // straight alpha
layout(location = 3) in float a_widthPt;
layout(location = 4) in vec3 a_years;   // yearStart, yearEnd (exclusive), bend
layout(location = 5) in uint a_flags;   // scene::ArcFlags
layout(location = 6) in uint a_flowIndex;

uniform mat4 u_mvp;
uniform vec2 u_viewportPx;
uniform float u_pixelsPerPoint;
uniform float u_year;
uniform float u_growYears;
uniform int u_segments;
uniform int u_highlightFlow;  // flowIndex or -1
uniform int u_highlightSet;   // 1: arcs flagged kHighlighted are emphasised, the rest dimmed
uniform float u_widthScale;   // the presenter's arc width scale

out vec2 v_local;           // pixels: x along the curve from the origin, y across it
flat out vec4 v_color;      // straight alpha
flat out vec4 v_shape;      // half width, arrowhead half width, arrowhead length, tip position
flat out vec3 v_style;      // full length, dot radius (dotted arcs, else 0), emphasis -1/0/1
flat out uint v_flags;

const uint kUnknownAmount = 1u;
const uint kHighlighted = 8u;
const uint kWhole = 128u;  // scene::kArcWhole: no entry growth (single-year and window modes)

vec2 toPx(vec2 p) {
    vec4 c = u_mvp * vec4(p, 0.0, 1.0);
    return (c.xy * 0.5 + 0.5) * u_viewportPx;
}

// Arc length of the symmetric quadratic Bézier, up to u = t - 0.5: the derivative is
// 2 * (a * u + m) with a perpendicular to m, |a| = alpha, |m| = beta (closed form).
float lengthTo(float u, float alpha, float beta) {
    if (alpha < 1e-4 * beta) return 2.0 * beta * u;
    float q = sqrt(alpha * alpha * u * u + beta * beta);
    float k = alpha * u / beta;
    return u * q + beta * beta / alpha * log(k + sqrt(k * k + 1.0));
}

void collapse() {
    v_local = vec2(0.0);
    v_color = vec4(0.0);
    v_shape = vec4(0.0);
    v_style = vec3(0.0);
    v_flags = 0u;
    gl_Position = vec4(-2.0, -2.0, 0.0, 1.0);  // degenerate and outside the clip volume
}

void main() {
    float yearStart = a_years.x;
    float bend = a_years.z;
    if (u_year < yearStart || u_year >= a_years.y || a_widthPt <= 0.0) {
        collapse();
        return;
    }
    vec2 chordLocal = a_dest - a_origin;
    float chordLen = length(chordLocal);
    vec2 o = toPx(a_origin);
    vec2 d = toPx(a_dest);
    float lenPx = length(d - o);
    if (chordLen <= 0.0 || lenPx < 0.5) {
        collapse();
        return;
    }
    vec2 left = vec2(-chordLocal.y, chordLocal.x) / chordLen;
    vec2 c = toPx(0.5 * (a_origin + a_dest) + left * (2.0 * bend * chordLen));

    float alpha = length(o - 2.0 * c + d);
    float beta = 0.5 * lenPx;
    float base = lengthTo(-0.5, alpha, beta);
    float total = lengthTo(0.5, alpha, beta) - base;

    // Entry animation: the tip runs from origin to destination over u_growYears (eased out).
    float g = (a_flags & kWhole) != 0u ? 1.0
                                       : clamp((u_year - yearStart) / max(u_growYears, 1e-4), 0.0, 1.0);
    g = 1.0 - (1.0 - g) * (1.0 - g);
    float tipPx = lengthTo(g - 0.5, alpha, beta) - base;

    // Widths: never fatter than the curve's radius at its apex (L / 8 bend), or the inner side
    // of the strip would fold over itself on short, thick arcs.
    float ppt = u_pixelsPerPoint;
    float maxHalf = min(0.5 * lenPx, 0.9 * lenPx / (8.0 * max(abs(bend), 1e-3)));
    // A hovered flow wins over the story's highlighted set.
    float emphasis = 0.0;
    if (u_highlightFlow >= 0)
        emphasis = int(a_flowIndex) == u_highlightFlow ? 1.0 : -1.0;
    else if (u_highlightSet != 0)
        emphasis = (a_flags & kHighlighted) != 0u ? 1.0 : -1.0;
    float hw = 0.5 * a_widthPt * u_widthScale * ppt * (emphasis > 0.0 ? 1.25 : 1.0);
    hw = max(min(hw, maxHalf), 0.25);
    bool dotted = (a_flags & kUnknownAmount) != 0u;
    float headHalf = dotted ? 0.0 : min(hw + clamp(0.5 * hw, 0.9 * ppt, 3.5 * ppt), maxHalf);
    float headLen = min(max(2.4 * headHalf, 5.0 * ppt), 0.4 * max(tipPx, 1.0));
    float dotR = dotted ? max(1.2 * hw, 1.0 * ppt) : 0.0;

    int i = gl_VertexID >> 1;
    float side = (gl_VertexID & 1) == 0 ? -1.0 : 1.0;
    float t = g * float(i) / float(u_segments);
    float mt = 1.0 - t;
    vec2 p = mt * mt * o + 2.0 * mt * t * c + t * t * d;
    vec2 tangent = mt * (c - o) + t * (d - c);
    float tl = length(tangent);
    vec2 dir = tl > 1e-6 ? tangent / tl : (d - o) / lenPx;
    vec2 nrm = vec2(-dir.y, dir.x);
    float s = lengthTo(t - 0.5, alpha, beta) - base;

    // The strip is wide enough for the arrowhead only near the tip (one segment of slack).
    float slack = 2.0 * tipPx / float(u_segments);
    float reach = (tipPx - s <= headLen + slack) ? max(hw, headHalf) : hw;
    // Half a pixel of antialiasing and a little for the chords' sag off the true curve (under
    // 0.1 px at 32 segments): a tight strip is fewer fragments to shade.
    reach = max(reach, dotR) + 1.0;

    v_local = vec2(s, side * reach);
    v_color = a_color;
    v_shape = vec4(hw, headHalf, headLen, tipPx);
    v_style = vec3(total, dotR, emphasis);
    v_flags = a_flags;
    vec2 px = p + nrm * side * reach;
    gl_Position = vec4(px / u_viewportPx * 2.0 - 1.0, 0.0, 1.0);
}
