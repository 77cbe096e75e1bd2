#version 330 core
// Writes the coverage (0..1) of one line layer into the red channel; the layer's colour is
// applied once per pixel when the coverage is composited, so overlaps never double the alpha.
in vec2 v_local;
flat in float v_lengthPx;
flat in float v_halfWidthPx;
flat in float v_distance0Px;

uniform float u_blurPx;
uniform vec4 u_dashPx;      // on, off, on, off in pixels; all zero = solid
uniform float u_dashPeriodPx;

uniform vec4 u_channel;  // which channel of the coverage buffer this layer owns (one is 1)
out vec4 o_color;

float dashCoverage(float d) {
    if (u_dashPeriodPx <= 0.0) return 1.0;
    float t = mod(d, u_dashPeriodPx);
    float start = 0.0;
    for (int i = 0; i < 4; i += 2) {
        float on = u_dashPx[i];
        float off = u_dashPx[i + 1];
        if (t < start + on + off) {
            float inside = min(t - start, start + on - t);
            return clamp(inside + 0.5, 0.0, 1.0);
        }
        start += on + off;
    }
    return 0.0;
}

void main() {
    float along = clamp(v_local.x, 0.0, v_lengthPx);
    float dist = length(vec2(v_local.x - along, v_local.y));
    // Lines thinner than a pixel keep a pixel's width and fade instead (hairlines stay visible
    // without aliasing).
    float w = max(v_halfWidthPx, 0.5);
    float fade = min(v_halfWidthPx / 0.5, 1.0);
    float soft = max(u_blurPx, 1.0);
    float coverage = clamp((w - dist) / soft + 0.5, 0.0, 1.0) * fade;
    coverage *= dashCoverage(v_distance0Px + v_local.x);
    if (coverage <= 0.0) discard;
    o_color = u_channel * coverage;
}
