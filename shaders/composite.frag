#version 330 core
// Paints one line layer's colour through its coverage texture.
in vec2 v_uv;
uniform sampler2D u_coverage;
uniform vec4 u_color;   // premultiplied, opacity included
out vec4 o_color;

void main() {
    float c = texture(u_coverage, v_uv).r;
    o_color = u_color * c;
}
