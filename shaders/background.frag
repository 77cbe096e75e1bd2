#version 330 core
// The sea: a soft radial gradient from the centre of the frame to its edges, with a faint
// grain that keeps large flat areas from banding.
in vec2 v_uv;
uniform vec4 u_center;   // premultiplied colours
uniform vec4 u_edge;
uniform vec2 u_aspect;   // width/height normalised so the vignette is round
uniform vec2 u_frameOffset; // this tile's offset within the whole frame, in frame units (0..1)
uniform vec2 u_frameScale;  // this tile's size in frame units
out vec4 o_color;

float hash(vec2 p) {
    return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453);
}

void main() {
    vec2 f = u_frameOffset + v_uv * u_frameScale;
    vec2 d = (f - 0.5) * u_aspect;
    float t = smoothstep(0.15, 0.85, length(d) * 1.25);
    vec4 c = mix(u_center, u_edge, t);
    float grain = (hash(gl_FragCoord.xy) - 0.5) / 255.0;
    o_color = vec4(c.rgb + grain * c.a, c.a);
}
