// Move-only RAII owners for OpenGL objects, one deleter per kind. They must be destroyed while
// their GL context is current: the renderer that owns them is destroyed before the context.
#pragma once

#include "render/gl.h"

#include <cstddef>
#include <utility>

namespace render::gl {

template <typename Deleter>
class Handle {
public:
    Handle() = default;
    explicit Handle(GLuint id) : m_id(id) {}
    Handle(Handle&& o) noexcept : m_id(std::exchange(o.m_id, 0)) {}
    Handle& operator=(Handle&& o) noexcept {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, 0);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { reset(); }

    GLuint id() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }
    void reset() {
        if (m_id) Deleter{}(m_id);
        m_id = 0;
    }

private:
    GLuint m_id = 0;
};

struct BufferDeleter {
    void operator()(GLuint id) const { glDeleteBuffers(1, &id); }
};
struct VertexArrayDeleter {
    void operator()(GLuint id) const { glDeleteVertexArrays(1, &id); }
};
struct ProgramDeleter {
    void operator()(GLuint id) const { glDeleteProgram(id); }
};
struct ShaderDeleter {
    void operator()(GLuint id) const { glDeleteShader(id); }
};
struct TextureDeleter {
    void operator()(GLuint id) const { glDeleteTextures(1, &id); }
};
struct FramebufferDeleter {
    void operator()(GLuint id) const { glDeleteFramebuffers(1, &id); }
};
struct RenderbufferDeleter {
    void operator()(GLuint id) const { glDeleteRenderbuffers(1, &id); }
};

using BufferHandle = Handle<BufferDeleter>;
using VertexArrayHandle = Handle<VertexArrayDeleter>;
using ProgramHandle = Handle<ProgramDeleter>;
using ShaderHandle = Handle<ShaderDeleter>;
using TextureHandle = Handle<TextureDeleter>;
using FramebufferHandle = Handle<FramebufferDeleter>;
using RenderbufferHandle = Handle<RenderbufferDeleter>;

inline BufferHandle makeBuffer() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    return BufferHandle(id);
}
inline VertexArrayHandle makeVertexArray() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    return VertexArrayHandle(id);
}
inline TextureHandle makeTexture() {
    GLuint id = 0;
    glGenTextures(1, &id);
    return TextureHandle(id);
}
inline FramebufferHandle makeFramebuffer() {
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    return FramebufferHandle(id);
}
inline RenderbufferHandle makeRenderbuffer() {
    GLuint id = 0;
    glGenRenderbuffers(1, &id);
    return RenderbufferHandle(id);
}

// Blending for premultiplied colour (source over), what every pass over the base map uses.
inline void blendPremultiplied() {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

}  // namespace render::gl
