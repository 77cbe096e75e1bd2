#version 330 core
// The antialiased rim of a polygon fill drawn without multisampling: one instance per outline
// edge, a quad reaching a pixel to each side of it in pixel space. The fragment shader writes
// the exact mix of the features on either side for pixels the edge crosses.
layout(location = 0) in vec2 a_p0;
layout(location = 1) in vec2 a_p1;
layout(location = 2) in uint a_left;   // the feature to the left of p0 -> p1
layout(location = 3) in uint a_right;  // the feature to the right; 0xffffffff: none

uniform mat4 u_mvp;
uniform vec2 u_viewportPx;
uniform sampler2D u_featureColors;

out vec2 v_local;  // pixels: x along the edge from p0, y across it (positive on the left)
flat out vec4 v_left;
flat out vec4 v_right;

vec2 toPx(vec2 p) {
    vec4 c = u_mvp * vec4(p, 0.0, 1.0);
    return (c.xy * 0.5 + 0.5) * u_viewportPx;
}

vec4 featureColor(uint feature) {
    if (feature == 0xffffffffu) return vec4(0.0);
    int id = int(feature);
    vec4 c = texelFetch(u_featureColors, ivec2(id % 1024, id / 1024), 0);
    return vec4(c.rgb * c.a, c.a);  // premultiplied
}

void main() {
    vec2 s0 = toPx(a_p0);
    vec2 s1 = toPx(a_p1);
    vec2 d = s1 - s0;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 nrm = vec2(-dir.y, dir.x);
    // Half a pixel past each end closes the gaps outside a bend; where neighbouring edges'
    // quads overlap the stencil lets the first one through.
    int corner = gl_VertexID;
    float along = (corner == 0 || corner == 2) ? -0.5 : len + 0.5;
    float across = (corner < 2) ? -1.0 : 1.0;
    v_local = vec2(along, across);
    v_left = featureColor(a_left);
    v_right = featureColor(a_right);
    vec2 px = s0 + dir * along + nrm * across;
    gl_Position = vec4(px / u_viewportPx * 2.0 - 1.0, 0.0, 1.0);
}
