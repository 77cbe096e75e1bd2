#version 330 core
in vec4 v_color;
out vec4 o_color;

void main() {
    // Premultiplied alpha throughout the renderer.
    o_color = vec4(v_color.rgb * v_color.a, v_color.a);
}
