#version 330 core
// Paints a run of line layers through their coverage buffers, in draw order: up to four buffers
// (at the frame's size, half or quarter of it), four layers each, one channel a layer. The same
// as compositing the layers one after the other, in one pass over the frame. With u_sea the run
// starts from the sea (the background layer: a soft radial gradient from the centre of the frame
// to its edges, with a faint grain that keeps large flat areas from banding), so the sea and the
// glows along the shores take one pass.
in vec2 v_uv;
uniform sampler2D u_coverage0;
uniform sampler2D u_coverage1;
uniform sampler2D u_coverage2;
uniform sampler2D u_coverage3;
uniform int u_buffers;       // how many buffers the run uses, 0..4
uniform int u_fullRes[4];    // 1: the buffer has the frame's size (read unfiltered)
uniform vec4 u_colors[16];   // buffer k, channel c: u_colors[4k + c]; premultiplied, opacity in
uniform int u_sea;
uniform vec4 u_center;       // the sea's premultiplied colours
uniform vec4 u_edge;
uniform vec2 u_aspect;       // width/height normalised so the gradient is round
uniform vec2 u_frameOffset;  // this tile's offset within the whole frame, in frame units (0..1)
uniform vec2 u_frameScale;   // this tile's size in frame units
out vec4 o_color;

float hash(vec2 p) {
    return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453);
}

vec4 sea() {
    vec2 f = u_frameOffset + v_uv * u_frameScale;
    vec2 d = (f - 0.5) * u_aspect;
    float t = smoothstep(0.15, 0.85, length(d) * 1.25);
    vec4 c = mix(u_center, u_edge, t);
    float grain = (hash(gl_FragCoord.xy) - 0.5) / 255.0;
    return vec4(c.rgb + grain * c.a, c.a);
}

vec4 coverage(sampler2D tex, int fullRes) {
    return fullRes != 0 ? texelFetch(tex, ivec2(gl_FragCoord.xy), 0) : texture(tex, v_uv);
}

vec4 paint(vec4 acc, vec4 c, int base) {
    for (int k = 0; k < 4; ++k) {
        vec4 s = u_colors[base + k] * c[k];
        acc = s + (1.0 - s.a) * acc;
    }
    return acc;
}

void main() {
    vec4 acc = u_sea != 0 ? sea() : vec4(0.0);
    if (u_buffers > 0) acc = paint(acc, coverage(u_coverage0, u_fullRes[0]), 0);
    if (u_buffers > 1) acc = paint(acc, coverage(u_coverage1, u_fullRes[1]), 4);
    if (u_buffers > 2) acc = paint(acc, coverage(u_coverage2, u_fullRes[2]), 8);
    if (u_buffers > 3) acc = paint(acc, coverage(u_coverage3, u_fullRes[3]), 12);
    o_color = acc;
}
