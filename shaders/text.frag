#version 330 core
// Glyph coverage from a single-channel atlas; the halo is the glyph dilated by v_haloPx (the
// largest coverage over two rings of taps), drawn under the text. Premultiplied output.
in vec2 v_uv;
flat in vec4 v_rect;
flat in vec4 v_color;
flat in vec4 v_halo;
flat in float v_haloPx;

uniform sampler2D u_atlas;
uniform vec2 u_atlasSize;

out vec4 o_color;

// Coverage at a texel position, zero outside this glyph's rectangle (its neighbours in the atlas).
float coverage(vec2 uv) {
    if (any(lessThan(uv, v_rect.xy)) || any(greaterThan(uv, v_rect.zw))) return 0.0;
    return texture(u_atlas, uv / u_atlasSize).r;
}

void main() {
    float c = coverage(v_uv);
    float h = 0.0;
    if (v_haloPx > 0.0) {
        h = c;
        const int kTaps = 16;
        for (int i = 0; i < kTaps; ++i) {
            float angle = 6.2831853 * (float(i) + 0.5) / float(kTaps);
            vec2 dir = vec2(cos(angle), sin(angle));
            h = max(h, coverage(v_uv + dir * v_haloPx));
            h = max(h, coverage(v_uv + dir * v_haloPx * 0.5));
        }
    }
    vec4 text = v_color * c;
    o_color = text + v_halo * h * (1.0 - text.a);
    if (o_color.a <= 0.0) discard;
}
