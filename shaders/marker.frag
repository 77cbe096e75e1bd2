#version 330 core
// Marker glyphs from signed distance functions, premultiplied, with an outline outside the
// shape: city and site circles, a port's circle with an anchor-like inner ring, a border
// crossing's diamond, a dry port's rounded square, a capital's circle with a dot, and the
// destination's translucent circle with a crisp rim.
in vec2 v_offsetPx;
flat in vec3 v_shape;  // radius px, glyph, visibility
flat in float v_emphasis;

uniform vec4 u_fill;    // straight alpha
uniform vec4 u_stroke;
uniform vec4 u_sizePx;  // .z: stroke width px
uniform float u_opacity;

out vec4 o_color;

float aa(float signedDist) { return clamp(signedDist + 0.5, 0.0, 1.0); }

float roundedBox(vec2 p, float halfSide, float corner) {
    vec2 q = abs(p) - vec2(halfSide - corner);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - corner;
}

void main() {
    vec2 p = v_offsetPx;
    float r = v_shape.x;
    int glyph = int(v_shape.y + 0.5);
    float stroke = u_sizePx.z * (1.0 + v_emphasis);
    float d;
    if (glyph == 2) {
        d = (abs(p.x) + abs(p.y) - 1.25 * r) * 0.70710678;  // border crossing: diamond
    } else if (glyph == 3) {
        d = roundedBox(p, 0.9 * r, 0.35 * r);  // dry port
    } else {
        d = length(p) - r;
    }
    float fill = aa(-d);
    float outer = aa(stroke - d);
    vec4 fillColor = u_fill;
    if (glyph == 6) fillColor.a = min(1.0, fillColor.a * (1.0 + 0.8 * v_emphasis));
    // Inner marks in the stroke colour: a port's ring, a capital's dot.
    float mark = 0.0;
    if (glyph == 1) mark = aa(0.45 * stroke + 0.2 - abs(length(p) - 0.5 * r));
    if (glyph == 5) mark = aa(0.38 * r - length(p));
    fillColor = mix(fillColor, u_stroke, mark * fill);

    vec4 inside = vec4(fillColor.rgb * fillColor.a, fillColor.a) * fill;
    vec4 rim = vec4(u_stroke.rgb * u_stroke.a, u_stroke.a) * max(outer - fill, 0.0);
    o_color = (inside + rim) * (u_opacity * v_shape.z);
    if (o_color.a <= 0.0) discard;
}
