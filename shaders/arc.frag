#version 330 core
// Investment arc fragments, premultiplied: analytic anti-aliased edges, an arrowhead-like taper
// at the tip, opacity rising from origin to destination, bright pulses (or, for unknown amounts,
// round dots) travelling toward the destination with u_timeSec, hatching and lower opacity for
// low-confidence flows, and highlight emphasis. Money not spent (announced, agreed, suspended,
// cancelled) is an outline with a faint fill, dashed where the arc is too thin for an outline,
// and never pulses; a joint venture fills only China's share of the width.
in vec2 v_local;
flat in vec4 v_color;
flat in vec4 v_shape;  // half width, arrowhead half width, arrowhead length, tip position (px)
flat in vec3 v_style;  // full length, dot radius, emphasis
flat in uint v_flags;

uniform float u_pixelsPerPoint;
uniform float u_timeSec;
uniform float u_opacity;
uniform vec3 u_pulseColor;     // what pulses mix toward (the theme's palette)
uniform vec3 u_emphasisColor;  // what an emphasised flow mixes toward

out vec4 o_color;

const uint kLowConfidence = 2u;
const uint kUnrealised = 16u;
const uint kHalted = 32u;
const uint kJointVenture = 64u;

void main() {
    float ppt = u_pixelsPerPoint;
    float s = v_local.x;
    float across = abs(v_local.y);
    float hw = v_shape.x;
    float headHalf = v_shape.y;
    float headLen = v_shape.z;
    float toTip = v_shape.w - s;
    float total = max(v_style.x, 1.0);
    float dotR = v_style.y;
    float emphasis = v_style.z;
    if (toTip < -1.0) discard;

    float speed = 34.0 * ppt;  // px per second toward the destination
    float moving = s - speed * u_timeSec;
    float coverage;
    if (dotR > 0.0) {
        // Unknown amount: round dots marching toward the destination.
        float spacing = max(3.2 * dotR, 5.0 * ppt);
        float center = (floor(moving / spacing) + 0.5) * spacing;
        float dist = length(vec2(moving - center, across));
        coverage = clamp(dotR - dist + 0.5, 0.0, 1.0) * clamp(toTip + 0.5, 0.0, 1.0);
    } else {
        float halfNow = hw;
        if (toTip < headLen) halfNow = headHalf * max(toTip, 0.0) / max(headLen, 1e-3);
        float w = max(halfNow, 0.5);
        coverage = clamp(w - across + 0.5, 0.0, 1.0) * min(halfNow / 0.5, 1.0);
        bool jointVenture = (v_flags & kJointVenture) != 0u;
        if ((v_flags & (kUnrealised | kHalted)) != 0u || jointVenture) {
            float outline = max(0.9 * ppt, 0.75);
            if (w > outline + 1.25 * ppt) {
                // Inside the outline: a faint fill, or for a joint venture China's share solid.
                float inner = clamp(w - outline - across + 0.5, 0.0, 1.0);
                float fill = 0.16;
                if (jointVenture) {
                    float share = float((v_flags >> 8u) & 255u) / 100.0;
                    if ((v_flags & (kUnrealised | kHalted)) == 0u)
                        fill = mix(0.16, 1.0, clamp(share * w - across + 0.5, 0.0, 1.0));
                }
                coverage *= mix(1.0, fill, inner);
            } else if ((v_flags & (kUnrealised | kHalted)) != 0u) {
                // Too thin to show an outline: long dashes instead (unknown amounts are dots);
                // a thin joint venture that was built stays solid.
                float period = 9.0 * ppt;
                coverage *= clamp(6.0 * ppt - mod(s, period) + 0.5, 0.0, 1.0);
            }
        }
    }
    // Most of the strip lies outside the stroke (its margin, the gaps between dots): leave
    // before the colour work, which costs more than everything above on a software renderer.
    if (coverage <= 0.0) discard;
    // A soft start at the origin instead of a hard butt end.
    coverage *= smoothstep(0.0, hw * 1.5 + 2.0, s);

    // Direction at rest: faint at the origin, full at the destination.
    float alpha = v_color.a * mix(0.55, 1.0, smoothstep(0.0, 1.0, s / total));
    vec3 rgb = v_color.rgb;

    // Pulses: a sharp front with a soft tail, running toward the destination. Only money that
    // moves: no pulse along a promise or a halted project.
    if (dotR <= 0.0 && (v_flags & (kUnrealised | kHalted)) == 0u) {
        float period = 70.0 * ppt;
        float x = fract(moving / period);
        const float front = 0.28;
        float xf = x / front;
        float pulse = x < front ? xf * xf * xf : 1.0 - smoothstep(front, front + 0.05, x);
        rgb = mix(rgb, u_pulseColor, 0.38 * pulse);
        alpha = min(1.0, alpha * (0.82 + 0.3 * pulse));
    }

    if ((v_flags & kLowConfidence) != 0u) {
        float period = 4.0 * ppt;
        float h = abs(fract((s + v_local.y) / period) - 0.5) * period;  // 0..period/2
        float stripe = clamp(h - 0.25 * period + 0.5, 0.0, 1.0);
        alpha *= 0.6 * mix(0.3, 1.0, stripe);
    }

    if ((v_flags & kHalted) != 0u) alpha *= 0.55;

    if (emphasis > 0.0) {
        rgb = mix(rgb, u_emphasisColor, 0.18);
        alpha = min(1.0, alpha * 1.35 + 0.15);
    } else if (emphasis < 0.0) {
        alpha *= 0.5;
    }

    float a = clamp(alpha * u_opacity * coverage, 0.0, 1.0);
    if (a <= 0.0) discard;
    o_color = vec4(rgb * a, a);
}
