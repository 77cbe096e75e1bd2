#version 330 core
// The cache's pixels, filtered linearly, over the sea's colour: parts not drawn yet (cleared to
// transparent) show the sea. Premultiplied; mixed here rather than blended, which costs a
// software renderer a second pass over the frame's pixels. With SEA_UNDER 0 (a cache drawn
// whole and opaque: nothing shows through) the texel alone, which llvmpipe copies faster.
#ifndef SEA_UNDER
#define SEA_UNDER 1
#endif
in vec2 v_uv;
uniform sampler2D u_base;
uniform vec4 u_sea;  // premultiplied
out vec4 o_color;

void main() {
    vec4 c = texture(u_base, v_uv);
#if SEA_UNDER
    o_color = c + u_sea * (1.0 - c.a);
#else
    o_color = c;
#endif
}
