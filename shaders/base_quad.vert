#version 330 core
// The cached base map as a quad moved and scaled into the frame (a panning or zooming window
// frame): u_rect is where the whole cache lands, in clip space (x0, y0, x1, y1).
uniform vec4 u_rect;
out vec2 v_uv;

void main() {
    vec2 p = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    v_uv = p;
    gl_Position = vec4(mix(u_rect.xy, u_rect.zw, p), 0.0, 1.0);
}
