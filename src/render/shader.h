// Compiling and linking the embedded GLSL programs, with errors that name the program and carry
// the full info log.
#pragma once

#include "render/gl_handles.h"

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include <string>

namespace render {

class Program {
public:
    // Builds the program from shaders/<vert> and shaders/<frag>. On failure the program is
    // invalid and *error holds "program polygon (polygon.vert): <log>". `defines` (lines of
    // "#define NAME VALUE") go right after each shader's #version line: variants of one source
    // without branches (a software renderer runs both sides of a branch).
    Program(const char* name, const char* vert, const char* frag, std::string* error,
            const std::string& defines = {});

    bool valid() const { return static_cast<bool>(m_program); }
    void use() const { glUseProgram(m_program.id()); }
    GLint uniform(const char* name) const { return glGetUniformLocation(m_program.id(), name); }

    void set(const char* name, float v) const { glUniform1f(uniform(name), v); }
    void set(const char* name, int v) const { glUniform1i(uniform(name), v); }
    void set(const char* name, glm::vec2 v) const { glUniform2f(uniform(name), v.x, v.y); }
    void set(const char* name, glm::vec4 v) const {
        glUniform4f(uniform(name), v.x, v.y, v.z, v.w);
    }
    void set(const char* name, const glm::mat4& m) const;

private:
    gl::ProgramHandle m_program;
};

}  // namespace render
