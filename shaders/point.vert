#version 330 core
// One instance per point marker: a screen-aligned quad, sized in pixels.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_feature;

uniform mat4 u_mvp;
uniform vec2 u_viewportPx;
uniform float u_radiusPx;
uniform float u_strokePx;
uniform sampler2D u_featureColors;

out vec2 v_offsetPx;
out vec4 v_fill;

void main() {
    int id = int(a_feature);
    v_fill = texelFetch(u_featureColors, ivec2(id % 1024, id / 1024), 0);
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    float reach = u_radiusPx + u_strokePx + 1.0;
    v_offsetPx = corner * reach;
    vec4 c = u_mvp * vec4(a_position, 0.0, 1.0);
    gl_Position = vec4(c.xy + v_offsetPx / u_viewportPx * 2.0, 0.0, 1.0);
}
