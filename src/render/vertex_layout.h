// How a vertex array reads its interleaved records: one call per buffer lists each attribute's
// location, size, type and offset, instead of the enable/pointer/divisor triple repeated per
// attribute in every layer and batch.
#pragma once

#include "render/gl.h"

#include <cstddef>
#include <initializer_list>

namespace render::gl {

enum class AttributeType {
    Float,  // float components, read as float (vecN in GLSL)
    Uint,   // uint32 components, read as integers (uint/uvecN in GLSL)
};

struct Attribute {
    GLuint location = 0;
    GLint components = 1;
    size_t offset = 0;  // bytes into the record
    AttributeType type = AttributeType::Float;
};

// How often a record advances: per vertex, or once per instance (instanced quads and strips).
enum class Rate { PerVertex, PerInstance };

// Points the bound vertex array's attributes at the bound GL_ARRAY_BUFFER, whose records are
// `stride` bytes apart, starting `base` bytes in (a draw that begins at a later instance).
inline void setVertexLayout(GLsizei stride, std::initializer_list<Attribute> attributes,
                            Rate rate = Rate::PerVertex, size_t base = 0) {
    for (const Attribute& a : attributes) {
        glEnableVertexAttribArray(a.location);
        const auto* at = reinterpret_cast<const void*>(base + a.offset);
        if (a.type == AttributeType::Uint)
            glVertexAttribIPointer(a.location, a.components, GL_UNSIGNED_INT, stride, at);
        else
            glVertexAttribPointer(a.location, a.components, GL_FLOAT, GL_FALSE, stride, at);
        glVertexAttribDivisor(a.location, rate == Rate::PerInstance ? 1 : 0);
    }
}

}  // namespace render::gl
