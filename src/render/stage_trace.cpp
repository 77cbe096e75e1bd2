#include "render/stage_trace.h"

#include "render/gl.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace render {

bool stageTraceEnabled() {
    const char* v = std::getenv("CORRIDOR_TRACE");
    return v && *v && std::strcmp(v, "0") != 0;
}

StageTrace::StageTrace(std::string scope)
    : m_scope(std::move(scope)),
      m_on(stageTraceEnabled()),
      m_start(Clock::now()),
      m_last(m_start) {}

void StageTrace::mark(const char* stage, bool finishGl) {
    if (!m_on) return;
    if (finishGl) glFinish();
    const Clock::time_point now = Clock::now();
    const auto ms = [](Clock::duration d) {
        return std::chrono::duration<double, std::milli>(d).count();
    };
    std::fprintf(stderr, "trace %s: %-22s %7.1f ms (total %7.1f)\n", m_scope.c_str(), stage,
                 ms(now - m_last), ms(now - m_start));
    m_last = now;
}

}  // namespace render
