#version 330 core
// Map label quads in device pixels (origin top-left, y down): SDF glyphs (atlas texels in
// a_uv) and point symbols (a_uv: offset from the dot's centre in pixels).
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec4 a_halo;
layout(location = 4) in vec4 a_params;  // kind (0 glyph, 1 dot), px per field px, halo px, dot radius px

uniform vec2 u_viewportPx;

out vec2 v_uv;
flat out vec4 v_color;
flat out vec4 v_halo;
flat out vec4 v_params;

void main() {
    v_uv = a_uv;
    v_color = a_color;
    v_halo = a_halo;
    v_params = a_params;
    vec2 ndc = a_position / u_viewportPx * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
