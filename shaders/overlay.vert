#version 330 core
// Overlay shapes: one quad per shape in device pixels (origin top-left, y down), with the
// fragment's position in the shape's own frame for its distance field.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_local;
layout(location = 2) in vec4 a_shape;
layout(location = 3) in vec4 a_style;
layout(location = 4) in vec4 a_fill;
layout(location = 5) in vec4 a_outline;
layout(location = 6) in float a_dashOffset;

uniform vec2 u_viewportPx;

out vec2 v_local;
out vec2 v_px;
flat out vec4 v_shape;
flat out vec4 v_style;
flat out vec4 v_fill;
flat out vec4 v_outline;
flat out float v_dashOffset;

void main() {
    v_local = a_local;
    v_px = a_position;
    v_shape = a_shape;
    v_style = a_style;
    v_fill = a_fill;
    v_outline = a_outline;
    v_dashOffset = a_dashOffset;
    vec2 ndc = a_position / u_viewportPx * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
