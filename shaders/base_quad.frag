#version 330 core
// The cache's pixels, filtered linearly; premultiplied, so parts not drawn yet (cleared to
// transparent) show the sea drawn under them.
in vec2 v_uv;
uniform sampler2D u_base;
out vec4 o_color;

void main() {
    o_color = texture(u_base, v_uv);
}
