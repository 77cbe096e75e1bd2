#version 330 core
// A pixel the edge crosses gets the features on each side in proportion to the part of the pixel
// on that side (a straight edge through a square pixel, as 0.5 +- the distance of its centre).
// Pixels wholly on one side are left to the fill (discarded here, so they do not take the
// stencil).
in vec2 v_local;
flat in vec4 v_left;
flat in vec4 v_right;
out vec4 o_color;

void main() {
    float left = clamp(0.5 + v_local.y, 0.0, 1.0);
    if (left <= 0.0 || left >= 1.0) discard;
    o_color = v_left * left + v_right * (1.0 - left);
}
