#version 330 core
// One instance per marker, a screen-aligned quad sized in pixels. u_kind 0: route nodes, which
// appear (pop in) from their first open year; u_kind 1: destination markers, whose radius
// follows sqrt(amount share) looked up for u_year in the R32F table (one row per marker).
layout(location = 0) in vec2 a_position;  // map plane relative to the origin
layout(location = 1) in uint a_kind;      // nodes: data::PlaceKind
layout(location = 2) in float a_yearFirstOpen;

uniform mat4 u_mvp;
uniform vec2 u_viewportPx;
uniform float u_year;
uniform int u_kind;
uniform vec4 u_sizePx;    // node radius or marker max radius, marker min radius, stroke
uniform vec4 u_sampling;  // first year, year step, samples per row
uniform int u_highlight;  // instance to emphasise, or -1
uniform sampler2D u_amounts;

out vec2 v_offsetPx;
flat out vec3 v_shape;  // radius px, glyph (0..5 place kinds, 6 destination), visibility
flat out float v_emphasis;

const uint kGlyphDestination = 6u;

void collapse() {
    v_offsetPx = vec2(0.0);
    v_shape = vec3(0.0);
    v_emphasis = 0.0;
    gl_Position = vec4(-2.0, -2.0, 0.0, 1.0);
}

void main() {
    float emphasis = gl_InstanceID == u_highlight ? 1.0 : 0.0;
    float radius;
    float glyph;
    float visibility = 1.0;
    if (u_kind == 1) {
        float column = clamp(floor((u_year - u_sampling.x) / u_sampling.y + 0.5), 0.0,
                             u_sampling.z - 1.0);
        float share = texelFetch(u_amounts, ivec2(int(column), gl_InstanceID), 0).r;
        if (!(share > 0.0)) {
            collapse();
            return;
        }
        radius = max(u_sizePx.x * sqrt(share), u_sizePx.y);  // area proportional to the amount
        glyph = float(kGlyphDestination);
    } else {
        if (u_year < a_yearFirstOpen) {
            collapse();
            return;
        }
        visibility = smoothstep(a_yearFirstOpen, a_yearFirstOpen + 0.3, u_year);
        uint kind = min(a_kind, 5u);
        // City, Port, BorderCrossing, DryPort, Site, Capital: sized to read as equals.
        float scale[6] = float[6](0.8, 1.1, 1.0, 0.95, 0.7, 1.0);
        radius = u_sizePx.x * scale[kind] * (0.55 + 0.45 * visibility) * (1.0 + 0.3 * emphasis);
        glyph = float(kind);
    }
    float reach = 1.3 * radius + 2.0 * u_sizePx.z + 2.0;
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    v_offsetPx = corner * reach;
    v_shape = vec3(radius, glyph, visibility);
    v_emphasis = emphasis;
    vec4 c = u_mvp * vec4(a_position, 0.0, 1.0);
    gl_Position = vec4(c.xy + v_offsetPx / u_viewportPx * 2.0 * c.w, c.zw);
}
