#version 330 core
in vec4 v_color;
out vec4 o_color;

float hash(vec2 p) {
    return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453);
}

void main() {
    // A faint per-pixel grain (under one 8-bit step) keeps wide flat fills from banding and
    // gives them a printed feel. Premultiplied alpha throughout the renderer.
    float grain = (hash(gl_FragCoord.xy) - 0.5) * (1.5 / 255.0);
    o_color = vec4((v_color.rgb + grain) * v_color.a, v_color.a);
}
