#version 330 core
// One instance per line segment. The quad around the segment is built in pixel space, so the
// width is in pixels whatever the zoom; round caps and joins come from the fragment shader's
// distance to the segment (a capsule), and overlaps merge in the coverage pass (max blending).
layout(location = 0) in vec2 a_p0;
layout(location = 1) in vec2 a_p1;
layout(location = 2) in float a_distance0;   // map-plane metres along the line to p0
layout(location = 3) in float a_widthFactor;

uniform mat4 u_mvp;
uniform vec2 u_viewportPx;
uniform float u_halfWidthPx;   // half the stroke width at factor 1
uniform float u_blurPx;        // soft edge width
uniform float u_pxPerWorld;

out vec2 v_local;        // pixels: x along the segment from p0, y across it
flat out float v_lengthPx;
flat out float v_halfWidthPx;
flat out float v_distance0Px;

vec2 toPx(vec2 p) {
    vec4 c = u_mvp * vec4(p, 0.0, 1.0);
    return (c.xy * 0.5 + 0.5) * u_viewportPx;
}

void main() {
    vec2 s0 = toPx(a_p0);
    vec2 s1 = toPx(a_p1);
    vec2 d = s1 - s0;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 nrm = vec2(-dir.y, dir.x);

    float halfWidth = max(u_halfWidthPx * a_widthFactor, 0.0);
    float reach = halfWidth + 0.5 * u_blurPx + 1.0;

    // Corner from gl_VertexID: 0..3 as a triangle strip.
    int corner = gl_VertexID;
    float along = (corner == 0 || corner == 2) ? -reach : len + reach;
    float across = (corner < 2) ? -reach : reach;

    vec2 px = s0 + dir * along + nrm * across;
    v_local = vec2(along, across);
    v_lengthPx = len;
    v_halfWidthPx = halfWidth;
    v_distance0Px = a_distance0 * u_pxPerWorld;
    gl_Position = vec4(px / u_viewportPx * 2.0 - 1.0, 0.0, 1.0);
}
