#version 330 core
// A round marker with an outline, anti-aliased from its distance field.
in vec2 v_offsetPx;
in vec4 v_fill;
uniform float u_radiusPx;
uniform float u_strokePx;
uniform vec4 u_stroke;   // straight alpha
out vec4 o_color;

void main() {
    float d = length(v_offsetPx);
    float outer = clamp(u_radiusPx + u_strokePx - d + 0.5, 0.0, 1.0);
    float inner = clamp(u_radiusPx - d + 0.5, 0.0, 1.0);
    vec4 fill = vec4(v_fill.rgb * v_fill.a, v_fill.a) * inner;
    vec4 stroke = vec4(u_stroke.rgb * u_stroke.a, u_stroke.a) * (outer - inner);
    o_color = fill + stroke * (1.0 - fill.a);
    if (o_color.a <= 0.0) discard;
}
