#version 330 core
// Paints a run of line layers through their coverage buffers, in draw order: up to four buffers
// (at the frame's size, half or quarter of it), four layers each, one channel a layer. The same
// as compositing the layers one after the other, in one pass over the frame. With SEA the run
// starts from the sea (the background layer: a soft radial gradient from the centre of the frame
// to its edges, with a faint grain that keeps large flat areas from banding), so the sea and the
// glows along the shores take one pass.
//
// Compiled per run shape (render/line_runs.cpp prepends the defines): BUFFERS (0..4), SEA,
// FULL0..FULL3 (1: that buffer has the frame's size and is read texel for texel, 0: filtered)
// and CHANNELS0..CHANNELS3 (how many of the buffer's channels hold a layer).
// A software renderer runs both sides of a branch, so the shape is not a uniform.
#ifndef BUFFERS
#define BUFFERS 1
#endif
#ifndef SEA
#define SEA 0
#endif
#ifndef FULL0
#define FULL0 0
#endif
#ifndef FULL1
#define FULL1 0
#endif
#ifndef FULL2
#define FULL2 0
#endif
#ifndef FULL3
#define FULL3 0
#endif
#ifndef CHANNELS0
#define CHANNELS0 4
#endif
#ifndef CHANNELS1
#define CHANNELS1 4
#endif
#ifndef CHANNELS2
#define CHANNELS2 4
#endif
#ifndef CHANNELS3
#define CHANNELS3 4
#endif
uniform vec2 u_targetPx;     // the target's size: uv from gl_FragCoord, so the pass can be drawn
                             // as the lines' own quads as well as one full-frame triangle
uniform sampler2D u_coverage0;
uniform sampler2D u_coverage1;
uniform sampler2D u_coverage2;
uniform sampler2D u_coverage3;
uniform vec4 u_colors[16];   // buffer k, channel c: u_colors[4k + c]; premultiplied, opacity in
uniform vec4 u_center;       // the sea's premultiplied colours
uniform vec4 u_edge;
uniform vec2 u_aspect;       // width/height normalised so the gradient is round
uniform vec2 u_frameOffset;  // this tile's offset within the whole frame, in frame units (0..1)
uniform vec2 u_frameScale;   // this tile's size in frame units
out vec4 o_color;

float hash(vec2 p) {
    return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453);
}

vec2 uv() {
    return gl_FragCoord.xy / u_targetPx;
}

vec4 sea() {
    vec2 f = u_frameOffset + uv() * u_frameScale;
    vec2 d = (f - 0.5) * u_aspect;
    float t = smoothstep(0.15, 0.85, length(d) * 1.25);
    vec4 c = mix(u_center, u_edge, t);
    float grain = (hash(gl_FragCoord.xy) - 0.5) / 255.0;
    return vec4(c.rgb + grain * c.a, c.a);
}

// One layer over what lies under it.
vec4 over(vec4 acc, float coverage, int layer) {
    vec4 s = u_colors[layer] * coverage;
    return s + (1.0 - s.a) * acc;
}

// Buffer k's first n channels (n a constant, so the channels no layer uses cost nothing).
#define PAINT(acc, c, base, n)                            \
    {                                                     \
        vec4 cov = c;                                     \
        acc = over(acc, cov.r, base);                     \
        if ((n) > 1) acc = over(acc, cov.g, (base) + 1);  \
        if ((n) > 2) acc = over(acc, cov.b, (base) + 2);  \
        if ((n) > 3) acc = over(acc, cov.a, (base) + 3);  \
    }

#define COVERAGE(tex, full) \
    ((full) != 0 ? texelFetch(tex, ivec2(gl_FragCoord.xy), 0) : texture(tex, uv()))

void main() {
#if SEA
    vec4 acc = sea();
#else
    vec4 acc = vec4(0.0);
#endif
#if BUFFERS > 0
    PAINT(acc, COVERAGE(u_coverage0, FULL0), 0, CHANNELS0)
#endif
#if BUFFERS > 1
    PAINT(acc, COVERAGE(u_coverage1, FULL1), 4, CHANNELS1)
#endif
#if BUFFERS > 2
    PAINT(acc, COVERAGE(u_coverage2, FULL2), 8, CHANNELS2)
#endif
#if BUFFERS > 3
    PAINT(acc, COVERAGE(u_coverage3, FULL3), 12, CHANNELS3)
#endif
    o_color = acc;
}
