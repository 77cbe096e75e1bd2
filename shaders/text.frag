#version 330 core
// A glyph's slot from the atlas: coverage in red, its halo (the glyph dilated by the run's halo
// radius, worked out once per glyph: render/glyph_halo.h) in green, zero for text without one.
// The halo is drawn under the text. Premultiplied output.
in vec2 v_uv;
flat in vec4 v_color;
flat in vec4 v_halo;

uniform sampler2D u_atlas;
uniform vec2 u_atlasSize;

out vec4 o_color;

void main() {
    vec2 t = texture(u_atlas, v_uv / u_atlasSize).rg;
    vec4 text = v_color * t.r;
    o_color = text + v_halo * t.g * (1.0 - text.a);
    if (o_color.a <= 0.0) discard;
}
