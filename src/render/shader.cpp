#include "render/shader.h"

#include "render/shader_sources.h"

#include <glm/gtc/type_ptr.hpp>

#include <algorithm>

#include <vector>

namespace render {

namespace {

std::string infoLog(GLuint object, bool isProgram) {
    GLint length = 0;
    if (isProgram) {
        glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
    } else {
        glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    }
    std::vector<char> log(static_cast<size_t>(std::max(length, 1)), '\0');
    if (isProgram) {
        glGetProgramInfoLog(object, length, nullptr, log.data());
    } else {
        glGetShaderInfoLog(object, length, nullptr, log.data());
    }
    return std::string(log.data());
}

gl::ShaderHandle compile(GLenum type, const char* program, const char* file,
                         const std::string& defines, std::string* error) {
    const char* src = shaderSource(file);
    if (!src) {
        *error = std::string("program ") + program + ": no embedded shader '" + file + "'";
        return {};
    }
    std::string text = src;
    if (!defines.empty()) {
        const size_t line = text.find('\n');  // after "#version ..."
        text.insert(line == std::string::npos ? text.size() : line + 1, defines);
    }
    const char* source = text.c_str();
    gl::ShaderHandle shader(glCreateShader(type));
    glShaderSource(shader.id(), 1, &source, nullptr);
    glCompileShader(shader.id());
    GLint ok = 0;
    glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        *error =
            std::string("program ") + program + " (" + file + "): " + infoLog(shader.id(), false);
        return {};
    }
    return shader;
}

}  // namespace

Program::Program(const char* name, const char* vert, const char* frag, std::string* error,
                 const std::string& defines) {
    std::string err;
    gl::ShaderHandle vs = compile(GL_VERTEX_SHADER, name, vert, defines, &err);
    gl::ShaderHandle fs =
        vs ? compile(GL_FRAGMENT_SHADER, name, frag, defines, &err) : gl::ShaderHandle();
    if (!vs || !fs) {
        if (error) *error = err;
        return;
    }
    gl::ProgramHandle program(glCreateProgram());
    glAttachShader(program.id(), vs.id());
    glAttachShader(program.id(), fs.id());
    glLinkProgram(program.id());
    GLint ok = 0;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (!ok) {
        if (error)
            *error = std::string("program ") + name + " (link): " + infoLog(program.id(), true);
        return;
    }
    m_program = std::move(program);
    cacheUniforms();
}

void Program::cacheUniforms() {
    GLint count = 0, longest = 0;
    glGetProgramiv(m_program.id(), GL_ACTIVE_UNIFORMS, &count);
    glGetProgramiv(m_program.id(), GL_ACTIVE_UNIFORM_MAX_LENGTH, &longest);
    std::vector<char> buffer(static_cast<size_t>(std::max(longest, 1)) + 1, '\0');
    for (GLint i = 0; i < count; ++i) {
        GLsizei length = 0;
        GLint size = 0;
        GLenum type = 0;
        glGetActiveUniform(m_program.id(), static_cast<GLuint>(i),
                           static_cast<GLsizei>(buffer.size()), &length, &size, &type,
                           buffer.data());
        std::string name(buffer.data(), static_cast<size_t>(length));
        const GLint location = glGetUniformLocation(m_program.id(), name.c_str());
        if (location < 0) continue;  // a uniform block member: set through its buffer
        // Arrays are reported as "name[0]"; GL also answers to the bare name.
        const std::string suffix = "[0]";
        if (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            m_uniforms.emplace(name.substr(0, name.size() - suffix.size()), location);
        m_uniforms.emplace(std::move(name), location);
    }
}

GLint Program::uniform(const char* name) const {
    const auto it = m_uniforms.find(name);
    if (it != m_uniforms.end()) return it->second;
    if (!m_program) return -1;
    // Not an active uniform's name as the driver reports it: an element of an array, or a name
    // the program does not use (then -1).
    const GLint location = glGetUniformLocation(m_program.id(), name);
    m_uniforms.emplace(name, location);
    return location;
}

void Program::set(const char* name, const glm::mat4& m) const {
    glUniformMatrix4fv(uniform(name), 1, GL_FALSE, glm::value_ptr(m));
}

}  // namespace render
