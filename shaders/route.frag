#version 330 core
// Route pieces, premultiplied, in one pass: each piece keeps only the fragments between its
// join bisectors, so a path blends once per pixel. Rail is solid with sleepers (and a second
// track line once upgraded), sea is dashed, road thin; planned and under-construction segments
// are faint and short-dashed. Segments the yearly TITR volume measures carry particles whose
// spacing (and slightly speed) follows u_flowDensity, in both directions, one lane each side
// of the line: the figure counts cargo, not its direction.
in vec2 v_local;
flat in vec4 v_joins;
flat in vec4 v_piece;  // length px, half width px, distance from the segment start px, upgrade
flat in uvec3 v_kind;

uniform float u_pixelsPerPoint;
uniform float u_timeSec;
uniform float u_flowDensity;
uniform vec4 u_railColor;
uniform vec4 u_seaColor;
uniform vec4 u_roadColor;
uniform vec4 u_casingColor;
uniform vec4 u_particleColor;
uniform vec4 u_widthsPt;
uniform float u_opacity;

out vec4 o_color;

float aa(float signedDist) { return clamp(signedDist + 0.5, 0.0, 1.0); }

// Distance from (s, across) to the nearest round-capped dash of a pattern `on`, `off` long.
float dashDistance(float s, float across, float on, float off, float hw) {
    float t = mod(s, on + off) - 0.5 * on;
    float core = max(0.5 * on - hw, 0.0);
    return length(vec2(max(abs(t) - core, 0.0), across));
}

void main() {
    float len = v_piece.x;
    if (dot(v_joins.xy, v_joins.xy) > 0.0 && dot(v_local, v_joins.xy) < 0.0) discard;
    if (dot(v_joins.zw, v_joins.zw) > 0.0 && dot(v_local - vec2(len, 0.0), v_joins.zw) >= 0.0)
        discard;

    float ppt = u_pixelsPerPoint;
    float hw = max(v_piece.y, 0.5);
    float across = abs(v_local.y);
    float s = v_piece.z + v_local.x;  // pixels from the segment's start
    float dist = length(vec2(v_local.x - clamp(v_local.x, 0.0, len), v_local.y));
    uint mode = v_kind.x;
    uint status = v_kind.y;
    vec4 color = mode == 0u ? u_railColor : (mode == 1u ? u_seaColor : u_roadColor);
    float casingPx = u_widthsPt.w * ppt;

    float shapeDist = dist;  // distance to the drawn shape's core line (dashes cut it)
    if (status != 0u) {
        shapeDist = dashDistance(s, v_local.y, 3.0 * ppt + 2.0 * hw, 3.0 * ppt, hw);
        color.a *= status == 1u ? 0.55 : 0.38;
        casingPx *= 0.5;
    } else if (mode == 1u) {
        shapeDist = dashDistance(s, v_local.y, 6.0 * ppt + 2.0 * hw, 3.5 * ppt, hw);
    }
    shapeDist = max(shapeDist, dist);
    float body = aa(hw - shapeDist);
    float casing = aa(hw + casingPx - shapeDist) * u_casingColor.a;

    vec3 rgb = color.rgb;
    if (mode == 0u && status == 0u) {
        // Sleepers: faint bars across the track; once upgraded, a dark line between two tracks.
        float period = 4.5 * ppt;
        float tie = aa(0.45 * ppt - abs(mod(s, period) - 0.5 * period));
        rgb *= 1.0 - 0.22 * tie * (1.0 - v_piece.w);
        float gap = aa(0.16 * hw - across) * v_piece.w;
        rgb *= 1.0 - 0.5 * gap;
    }

    // Cargo particles: a bright head with a short tail, moving toward the segment's end.
    float particle = 0.0;
    if (status == 0u && (v_kind.z & 1u) != 0u && u_flowDensity > 0.0) {
        float spacing = mix(120.0, 26.0, u_flowDensity) * ppt;
        float speed = mix(22.0, 38.0, u_flowDensity) * ppt;
        // Left of travel runs forward, right of travel runs back, half a spacing apart.
        bool back = v_local.y < 0.0;
        float lane = back ? -v_local.y : v_local.y;
        float r = max(0.55 * hw, 0.9 * ppt);
        float laneAcross = abs(lane - 0.5 * hw);
        float moved = back ? -s - speed * u_timeSec + 0.5 * spacing : s - speed * u_timeSec;
        float ahead = mod(moved, spacing);  // past the head behind
        float behind = spacing - ahead;     // to the head in front
        float head = aa(r - length(vec2(min(ahead, behind), laneAcross)));
        float tailLen = 5.0 * r;
        float tail = behind < tailLen ? pow(1.0 - behind / tailLen, 2.0) : 0.0;
        tail *= aa(0.7 * r * (1.0 - behind / tailLen) - laneAcross);
        particle = max(head, 0.7 * tail) * smoothstep(0.0, 0.3, u_flowDensity + 0.1);
        // Only on the drawn part: not past a growing tip.
        particle *= aa(hw + 0.5 - dist);
    }

    vec4 line = vec4(rgb * color.a, color.a) * body;
    vec4 spark = vec4(u_particleColor.rgb * u_particleColor.a, u_particleColor.a) * particle;
    vec4 under = vec4(u_casingColor.rgb, 1.0) * casing;
    vec4 top = spark + line * (1.0 - spark.a);
    o_color = (top + under * (1.0 - top.a)) * u_opacity;
    if (o_color.a <= 0.0) discard;
}
