// Compiling and linking the embedded GLSL programs, with errors that name the program and carry
// the full info log.
#pragma once

#include "render/gl_handles.h"

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <functional>
#include <map>
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
    // The uniform's location, from a table filled when the program links (a frame sets hundreds
    // of uniforms; asking the driver each time costs a string hash there). Names the program
    // does not use give -1, which GL ignores, as glGetUniformLocation does.
    GLint uniform(const char* name) const;
    // How many names the table holds (the program's active uniforms, arrays also by their bare
    // name, and any element names looked up since).
    size_t cachedUniforms() const { return m_uniforms.size(); }

    void set(const char* name, float v) const { glUniform1f(uniform(name), v); }
    void set(const char* name, int v) const { glUniform1i(uniform(name), v); }
    void set(const char* name, glm::vec2 v) const { glUniform2f(uniform(name), v.x, v.y); }
    void set(const char* name, glm::vec3 v) const { glUniform3f(uniform(name), v.x, v.y, v.z); }
    void set(const char* name, glm::vec4 v) const {
        glUniform4f(uniform(name), v.x, v.y, v.z, v.w);
    }
    void set(const char* name, const glm::mat4& m) const;

private:
    void cacheUniforms();

    gl::ProgramHandle m_program;
    // std::less<> finds a const char* without building a std::string per lookup. Mutable: an
    // array element ("u_colors[3]") is asked of the driver once, then kept.
    mutable std::map<std::string, GLint, std::less<>> m_uniforms;
};

}  // namespace render
