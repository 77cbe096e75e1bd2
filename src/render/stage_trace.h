// CORRIDOR_TRACE=1: where a frame or a start-up goes, stage by stage, on stderr. A diagnostic for
// profiling (README, Performance): each mark prints the milliseconds since the previous one, with
// glFinish first when asked, so GL work queued in a stage is counted in that stage rather than in
// whichever later call happens to wait for it. Off (the default) it costs one getenv per object
// and nothing per mark; it never changes what is drawn.
#pragma once

#include <chrono>
#include <string>

namespace render {

// True when CORRIDOR_TRACE is set to anything but "" or "0".
bool stageTraceEnabled();

class StageTrace {
public:
    explicit StageTrace(std::string scope);
    bool on() const { return m_on; }
    // Prints "trace <scope>: <stage> <ms> ms (total <ms>)" and starts the next stage. With
    // `finishGl` (a context must be current) the GL work queued so far is waited for first.
    void mark(const char* stage, bool finishGl = false);
    void mark(const std::string& stage, bool finishGl = false) { mark(stage.c_str(), finishGl); }

private:
    using Clock = std::chrono::steady_clock;
    std::string m_scope;
    bool m_on = false;
    Clock::time_point m_start, m_last;
};

}  // namespace render
