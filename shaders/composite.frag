#version 330 core
// Paints up to four line layers through their coverage buffer, one channel each, in order: the
// same as compositing them one after the other, in one pass over the frame.
in vec2 v_uv;
uniform sampler2D u_coverage;
uniform vec4 u_colors[4];  // premultiplied, opacity included; layer k uses channel k
uniform int u_count;
out vec4 o_color;

void main() {
    vec4 c = texture(u_coverage, v_uv);
    vec4 acc = vec4(0.0);
    for (int k = 0; k < u_count; ++k) {
        vec4 s = u_colors[k] * c[k];
        acc = s + (1.0 - s.a) * acc;
    }
    o_color = acc;
}
