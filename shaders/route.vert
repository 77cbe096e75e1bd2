#version 330 core
// One instance per route piece (an edge of a segment's smoothed path): a quad around it in
// pixels. A segment grows from its start over its opening year: pieces past the grown share
// collapse and the piece holding the tip ends there, capped round.
layout(location = 0) in vec4 a_ends;     // p0.xy, p1.xy: map plane relative to the origin
layout(location = 1) in vec4 a_joins;    // bisector normals at p0 and p1 (zero = capped end)
layout(location = 2) in vec3 a_along;    // along0, along1 (0..1 in the segment), lengthWorld
layout(location = 3) in vec3 a_years;    // yearOpen, yearUpgraded, yearClosed (exclusive)
layout(location = 4) in uvec3 a_kind;    // mode (rail, sea, road), status (operating, uc,
                                         // planned), flags (1: carries the TITR volume)

uniform mat4 u_mvp;
uniform vec2 u_viewportPx;
uniform float u_pixelsPerPoint;
uniform float u_year;
uniform vec4 u_widthsPt;  // rail, sea, road, casing (each side)
uniform float u_upgradeFactor;

out vec2 v_local;        // pixels: x along the piece from p0, y across it
flat out vec4 v_joins;   // bisector normals in the piece's (along, across) frame
flat out vec4 v_piece;   // length px, half width px, distance from the segment start px, upgrade
flat out uvec3 v_kind;

vec2 toPx(vec2 p) {
    vec4 c = u_mvp * vec4(p, 0.0, 1.0);
    return (c.xy * 0.5 + 0.5) * u_viewportPx;
}

void main() {
    float grown = clamp(u_year - a_years.x, 0.0, 1.0);
    float along0 = a_along.x;
    float along1 = a_along.y;
    if (along0 >= grown || u_year >= a_years.z) {
        v_local = vec2(0.0);
        v_joins = vec4(0.0);
        v_piece = vec4(0.0);
        v_kind = uvec3(0u);
        gl_Position = vec4(-2.0, -2.0, 0.0, 1.0);  // not built yet, or closed: collapsed
        return;
    }
    vec2 p0 = a_ends.xy;
    vec2 p1 = a_ends.zw;
    vec2 j1 = a_joins.zw;
    if (grown < along1) {
        p1 = mix(p0, p1, (grown - along0) / max(along1 - along0, 1e-9));
        j1 = vec2(0.0);  // the growing tip: a round cap
    }
    vec2 s0 = toPx(p0);
    vec2 s1 = toPx(p1);
    vec2 d = s1 - s0;
    float len = length(d);
    // The map plane maps to pixels by a similarity: directions and normals transform alike.
    vec2 axis = (u_mvp * vec4(a_ends.zw - a_ends.xy, 0.0, 0.0)).xy * u_viewportPx;
    vec2 dir = len > 1e-6 ? d / len : (length(axis) > 0.0 ? normalize(axis) : vec2(1.0, 0.0));
    vec2 nrm = vec2(-dir.y, dir.x);
    float pxPerWorld = length(vec2(u_mvp[0][0], u_mvp[0][1]) * 0.5 * u_viewportPx);

    uint mode = min(a_kind.x, 2u);
    float widthPt = mode == 0u ? u_widthsPt.x : (mode == 1u ? u_widthsPt.y : u_widthsPt.z);
    float upgrade = smoothstep(a_years.y, a_years.y + 0.5, u_year);
    float hw = 0.5 * widthPt * u_pixelsPerPoint * mix(1.0, u_upgradeFactor, upgrade);
    float reach = hw + u_widthsPt.w * u_pixelsPerPoint + 1.5;

    int corner = gl_VertexID;
    float along = (corner == 0 || corner == 2) ? -reach : len + reach;
    float across = corner < 2 ? -reach : reach;
    v_local = vec2(along, across);

    vec2 px = s0 + dir * along + nrm * across;
    vec4 jPx = vec4(0.0);
    vec2 j0 = a_joins.xy;
    if (dot(j0, j0) > 0.0) {
        vec2 j = normalize((u_mvp * vec4(j0, 0.0, 0.0)).xy * u_viewportPx);
        jPx.xy = vec2(dot(j, dir), dot(j, nrm));
    }
    if (dot(j1, j1) > 0.0) {
        vec2 j = normalize((u_mvp * vec4(j1, 0.0, 0.0)).xy * u_viewportPx);
        jPx.zw = vec2(dot(j, dir), dot(j, nrm));
    }
    v_joins = jPx;
    v_piece = vec4(len, hw, along0 * a_along.z * pxPerWorld, upgrade);
    v_kind = uvec3(mode, min(a_kind.y, 2u), a_kind.z);
    gl_Position = vec4(px / u_viewportPx * 2.0 - 1.0, 0.0, 1.0);
}
