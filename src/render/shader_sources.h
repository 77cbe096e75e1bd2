// GLSL sources from shaders/, embedded into the binary at build time (cmake/embed_shaders.cmake).
#pragma once

namespace render {

// The source of shaders/<name> (e.g. "polygon.vert"), or nullptr if there is no such file.
const char* shaderSource(const char* name);

}  // namespace render
