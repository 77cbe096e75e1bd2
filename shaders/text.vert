#version 330 core
// Glyph quads in device pixels (origin top-left, y down); atlas coordinates in texels.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec4 a_halo;

uniform vec2 u_viewportPx;

out vec2 v_uv;
flat out vec4 v_color;
flat out vec4 v_halo;

void main() {
    v_uv = a_uv;
    v_color = a_color;
    v_halo = a_halo;
    vec2 ndc = a_position / u_viewportPx * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
