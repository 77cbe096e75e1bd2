// Program's uniform table: every location it answers is the driver's own, array elements and
// bare array names included, and names the program does not use are -1 (ignored by glUniform*).
#include "render/shader.h"
#include "gl_test_context.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

// Every active uniform's name as the driver reports it.
std::vector<std::string> activeUniforms(GLuint program) {
    GLint count = 0, longest = 0;
    glGetProgramiv(program, GL_ACTIVE_UNIFORMS, &count);
    glGetProgramiv(program, GL_ACTIVE_UNIFORM_MAX_LENGTH, &longest);
    std::vector<std::string> names;
    std::vector<char> buffer(static_cast<size_t>(longest) + 1, '\0');
    for (GLint i = 0; i < count; ++i) {
        GLsizei length = 0;
        GLint size = 0;
        GLenum type = 0;
        glGetActiveUniform(program, static_cast<GLuint>(i), static_cast<GLsizei>(buffer.size()),
                           &length, &size, &type, buffer.data());
        names.emplace_back(buffer.data(), static_cast<size_t>(length));
    }
    return names;
}

GLuint currentProgram() {
    GLint id = 0;
    glGetIntegerv(GL_CURRENT_PROGRAM, &id);
    return static_cast<GLuint>(id);
}

TEST(ProgramUniforms, TableAnswersWhatTheDriverAnswers) {
    testing_gl::Context gl;
    ASSERT_TRUE(gl.ok()) << gl.error();
    struct Source {
        const char *name, *vert, *frag, *defines;
    };
    // The arc program has many scalar uniforms; the composite one an array (u_colors[16]).
    const Source sources[] = {
        {"arc", "arc.vert", "arc.frag", ""},
        {"composite", "fullscreen.vert", "composite.frag", "#define BUFFERS 2\n"},
    };
    for (const Source& s : sources) {
        std::string err;
        render::Program program(s.name, s.vert, s.frag, &err, s.defines);
        ASSERT_TRUE(program.valid()) << err;
        program.use();
        const GLuint id = currentProgram();
        const std::vector<std::string> names = activeUniforms(id);
        ASSERT_FALSE(names.empty()) << s.name;
        EXPECT_GE(program.cachedUniforms(), names.size()) << s.name;
        for (const std::string& n : names) {
            const GLint expected = glGetUniformLocation(id, n.c_str());
            if (expected < 0) continue;
            EXPECT_EQ(program.uniform(n.c_str()), expected) << s.name << ": " << n;
            const size_t bracket = n.find('[');
            if (bracket == std::string::npos) continue;
            // The bare array name and later elements, asked the way line_runs.cpp asks them.
            const std::string bare = n.substr(0, bracket);
            EXPECT_EQ(program.uniform(bare.c_str()), expected) << s.name << ": " << bare;
            for (int k : {1, 5, 15}) {
                const std::string element = bare + "[" + std::to_string(k) + "]";
                EXPECT_EQ(program.uniform(element.c_str()),
                          glGetUniformLocation(id, element.c_str()))
                    << s.name << ": " << element;
            }
        }
        const size_t before = program.cachedUniforms();
        EXPECT_EQ(program.uniform("u_not_in_this_program"), -1);
        EXPECT_EQ(program.uniform("u_not_in_this_program"), -1);
        EXPECT_EQ(program.cachedUniforms(), before + 1) << "an unknown name is asked once";
    }
}

}  // namespace
