#version 330 core
// Darkens the frame toward its edges, over everything drawn (a soft lens-like vignette that
// keeps the eye on the middle of the map).
in vec2 v_uv;
uniform float u_strength;
uniform vec2 u_aspect;
uniform vec2 u_frameOffset; // this tile's offset within the whole frame, in frame units (0..1)
uniform vec2 u_frameScale;  // this tile's size in frame units
out vec4 o_color;

void main() {
    vec2 f = u_frameOffset + v_uv * u_frameScale;
    vec2 d = (f - 0.5) * u_aspect;
    float t = smoothstep(0.35, 0.95, length(d) * 1.3);
    o_color = vec4(0.0, 0.0, 0.0, u_strength * t);  // premultiplied black
}
