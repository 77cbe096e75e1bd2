#version 330 core
// Glyph coverage from a single-channel atlas; the halo is the glyph dilated by v_haloPx (the
// largest coverage over two rings of taps), drawn under the text. Premultiplied output.
// Compiled twice (HALO 1 and HALO 0): a software renderer runs both sides of a branch, so text
// without a halo (the legend's, the cards') would otherwise pay for the 32 taps too.
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

#if HALO
// Sixteen directions, (i + 0.5) / 16 of a turn apart: constants, so no fragment computes a sine.
const vec2 kDirections[16] = vec2[16](
    vec2(0.98078528, 0.19509032), vec2(0.83146961, 0.55557023), vec2(0.55557023, 0.83146961),
    vec2(0.19509032, 0.98078528), vec2(-0.19509032, 0.98078528), vec2(-0.55557023, 0.83146961),
    vec2(-0.83146961, 0.55557023), vec2(-0.98078528, 0.19509032), vec2(-0.98078528, -0.19509032),
    vec2(-0.83146961, -0.55557023), vec2(-0.55557023, -0.83146961), vec2(-0.19509032, -0.98078528),
    vec2(0.19509032, -0.98078528), vec2(0.55557023, -0.83146961), vec2(0.83146961, -0.55557023),
    vec2(0.98078528, -0.19509032));
#endif

void main() {
    float c = coverage(v_uv);
    float h = 0.0;
#if HALO
    h = c;
    for (int i = 0; i < 16; ++i) {
        h = max(h, coverage(v_uv + kDirections[i] * v_haloPx));
        h = max(h, coverage(v_uv + kDirections[i] * v_haloPx * 0.5));
    }
#endif
    vec4 text = v_color * c;
    o_color = text + v_halo * h * (1.0 - text.a);
    if (o_color.a <= 0.0) discard;
}
