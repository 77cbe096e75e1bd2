#version 330 core
// Text from a signed distance field: the glyph where the distance is positive, the halo out to
// v_params.z pixels beyond it, both antialiased over one device pixel at any size. Dots use the
// same edges from their exact distance. Premultiplied output, text over halo.
in vec2 v_uv;
flat in vec4 v_color;
flat in vec4 v_halo;
flat in vec4 v_params;

uniform sampler2D u_atlas;
uniform vec2 u_atlasSize;
uniform float u_fieldStepsPerPx;  // 8-bit steps per field pixel of distance

out vec4 o_color;

void main() {
    float distPx;
    if (v_params.x < 0.5) {
        float d = texture(u_atlas, v_uv / u_atlasSize).r * 255.0;
        distPx = (d - 128.0) / u_fieldStepsPerPx * v_params.y;
    } else {
        distPx = v_params.w - length(v_uv);
    }
    float text = clamp(distPx + 0.5, 0.0, 1.0);
    float halo = v_params.z > 0.0 ? clamp(distPx + v_params.z + 0.5, 0.0, 1.0) : 0.0;
    vec4 t = v_color * text;
    o_color = t + v_halo * halo * (1.0 - t.a);
    if (o_color.a <= 0.0) discard;
}
