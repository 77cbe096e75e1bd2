#version 330 core
// Signed distance (px, negative inside) per shape kind, anti-aliased over one pixel:
//   0 rounded rect  shape.yzw = half width, half height, corner radius
//   1 circle        shape.y   = radius
//   2 diamond       shape.y   = centre-to-corner distance
//   3 line          shape.yzw = length, half width, cap (0 butt, 1 round); local.x runs along it
// style = outline width, dash (lines) or edge blur (others), gap, hatch period. Colours are
// premultiplied.
in vec2 v_local;
in vec2 v_px;
flat in vec4 v_shape;
flat in vec4 v_style;
flat in vec4 v_fill;
flat in vec4 v_outline;
flat in float v_dashOffset;

out vec4 o_color;

float roundedRect(vec2 p, vec2 halfSize, float r) {
    vec2 q = abs(p) - (halfSize - vec2(r));
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

float line(vec2 p, float len, float hw, bool round) {
    float a = p.x + 0.5 * len;
    float c = abs(p.y);
    float ends = max(-a, a - len);
    float along = ends;
    if (v_style.z > 0.0) {
        float period = v_style.y + v_style.z;
        float t = mod(a - v_dashOffset - 0.5 * v_style.y + 0.5 * period, period) - 0.5 * period;
        along = abs(t) - 0.5 * v_style.y;
        if (!round) along = max(along, ends);
    }
    if (round) {
        float d = length(vec2(max(along, 0.0), c)) - hw;
        return v_style.z > 0.0 ? max(d, ends - hw) : d;
    }
    return max(c - hw, along);
}

void main() {
    int kind = int(v_shape.x + 0.5);
    vec2 p = v_local;
    float d;
    if (kind == 0) {
        d = roundedRect(p, v_shape.yz, v_shape.w);
    } else if (kind == 1) {
        d = length(p) - v_shape.y;
    } else if (kind == 2) {
        d = (abs(p.x) + abs(p.y) - v_shape.y) * 0.70710678;
    } else {
        d = line(p, v_shape.y, v_shape.z, v_shape.w > 0.5);
    }
    float fillCoverage = clamp(0.5 - d, 0.0, 1.0);
    if (kind != 3 && v_style.y > 0.0) fillCoverage = smoothstep(0.0, 1.0, 0.5 - d / v_style.y);
    if (v_style.w > 0.0) {
        // Diagonal stripes, half of each period filled.
        float s = (v_px.x + v_px.y) * 0.70710678 / v_style.w;
        float fromCentre = abs(fract(s) - 0.5) * v_style.w;
        fillCoverage *= clamp(0.25 * v_style.w - fromCentre + 0.5, 0.0, 1.0);
    }
    vec4 color = v_fill * fillCoverage;
    if (v_style.x > 0.0) {
        float strokeCoverage = clamp(0.5 * v_style.x - abs(d) + 0.5, 0.0, 1.0);
        color = v_outline * strokeCoverage + color * (1.0 - v_outline.a * strokeCoverage);
    }
    if (color.a <= 0.0) discard;
    o_color = color;
}
