#version 330 core
// Copies a frame-sized texture into the target pixel for pixel (the cached base map).
uniform sampler2D u_source;
out vec4 o_color;

void main() {
    o_color = texelFetch(u_source, ivec2(gl_FragCoord.xy), 0);
}
