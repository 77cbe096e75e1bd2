#version 330 core
// Polygon fills: positions in the map plane relative to the scene origin; the fill colour of
// each vertex's feature comes from a small per-feature colour texture, so a theme change
// re-uploads colours only.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_feature;

uniform mat4 u_mvp;
uniform sampler2D u_featureColors;

out vec4 v_color;

void main() {
    int id = int(a_feature);
    v_color = texelFetch(u_featureColors, ivec2(id % 1024, id / 1024), 0);
    gl_Position = u_mvp * vec4(a_position, 0.0, 1.0);
}
