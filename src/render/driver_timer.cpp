#include "render/driver_timer.h"

#include "render/gl.h"

#include <ctime>

namespace render {

namespace {

// The loader's pointers are globals, so the originals and the sum are too: a wrapper is a plain
// function pointer and cannot carry state. Written only by installDriverTimer.
double g_driverMs = 0.0;
bool g_installed = false;

struct Timed {
    double start = threadCpuMs();
    ~Timed() { g_driverMs += threadCpuMs() - start; }
};

// One wrapper per entry point: the original pointer and a function calling it, timed.
#define CORRIDOR_TIMED(name, Params, Args)         \
    decltype(glad_##name) g_orig_##name = nullptr; \
    void GLAD_API_PTR timed_##name Params {        \
        Timed timed_;                              \
        g_orig_##name Args;                        \
    }

CORRIDOR_TIMED(glDrawArrays, (GLenum m, GLint f, GLsizei c), (m, f, c))
CORRIDOR_TIMED(glDrawArraysInstanced, (GLenum m, GLint f, GLsizei c, GLsizei n), (m, f, c, n))
CORRIDOR_TIMED(glDrawElements, (GLenum m, GLsizei c, GLenum t, const void* i), (m, c, t, i))
CORRIDOR_TIMED(glDrawElementsInstanced, (GLenum m, GLsizei c, GLenum t, const void* i, GLsizei n),
               (m, c, t, i, n))
CORRIDOR_TIMED(glClear, (GLbitfield b), (b))
CORRIDOR_TIMED(glBlitFramebuffer,
               (GLint a, GLint b, GLint c, GLint d, GLint e, GLint f, GLint g, GLint h,
                GLbitfield m, GLenum fl),
               (a, b, c, d, e, f, g, h, m, fl))
CORRIDOR_TIMED(glBufferData, (GLenum t, GLsizeiptr s, const void* d, GLenum u), (t, s, d, u))
CORRIDOR_TIMED(glBufferSubData, (GLenum t, GLintptr o, GLsizeiptr s, const void* d), (t, o, s, d))
CORRIDOR_TIMED(glReadPixels, (GLint x, GLint y, GLsizei w, GLsizei h, GLenum f, GLenum t, void* p),
               (x, y, w, h, f, t, p))
CORRIDOR_TIMED(glFinish, (), ())
CORRIDOR_TIMED(glFlush, (), ())
CORRIDOR_TIMED(glTexImage2D,
               (GLenum t, GLint l, GLint i, GLsizei w, GLsizei h, GLint b, GLenum f, GLenum ty,
                const void* p),
               (t, l, i, w, h, b, f, ty, p))
CORRIDOR_TIMED(glTexSubImage2D,
               (GLenum t, GLint l, GLint x, GLint y, GLsizei w, GLsizei h, GLenum f, GLenum ty,
                const void* p),
               (t, l, x, y, w, h, f, ty, p))

// State changes where Mesa may flush queued work (a framebuffer or program switch).
CORRIDOR_TIMED(glBindFramebuffer, (GLenum t, GLuint f), (t, f))
CORRIDOR_TIMED(glUseProgram, (GLuint p), (p))
CORRIDOR_TIMED(glBindVertexArray, (GLuint a), (a))
CORRIDOR_TIMED(glBindTexture, (GLenum t, GLuint x), (t, x))

#undef CORRIDOR_TIMED

}  // namespace

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void installDriverTimer() {
    if (g_installed) return;
    g_installed = true;
#define CORRIDOR_WRAP(name)      \
    g_orig_##name = glad_##name; \
    if (g_orig_##name) glad_##name = timed_##name;
    CORRIDOR_WRAP(glDrawArrays)
    CORRIDOR_WRAP(glDrawArraysInstanced)
    CORRIDOR_WRAP(glDrawElements)
    CORRIDOR_WRAP(glDrawElementsInstanced)
    CORRIDOR_WRAP(glClear)
    CORRIDOR_WRAP(glBlitFramebuffer)
    CORRIDOR_WRAP(glBufferData)
    CORRIDOR_WRAP(glBufferSubData)
    CORRIDOR_WRAP(glReadPixels)
    CORRIDOR_WRAP(glFinish)
    CORRIDOR_WRAP(glFlush)
    CORRIDOR_WRAP(glTexImage2D)
    CORRIDOR_WRAP(glTexSubImage2D)
    CORRIDOR_WRAP(glBindFramebuffer)
    CORRIDOR_WRAP(glUseProgram)
    CORRIDOR_WRAP(glBindVertexArray)
    CORRIDOR_WRAP(glBindTexture)
#undef CORRIDOR_WRAP
}

double driverCpuMs() {
    return g_driverMs;
}

}  // namespace render
