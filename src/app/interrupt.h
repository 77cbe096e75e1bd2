// Ctrl-C (SIGINT) and SIGTERM while a headless render runs: a handler that only records the
// signal, so an export can stop between tiles and frames, remove its unfinished file and exit
// 130 / 143 (what a shell reports for a process the signal killed). No SDL here: GlWindow asks
// SDL not to install its own handlers headless (they turn the signal into a quit event that
// nothing reads).
#pragma once

#include <csignal>
#include <string>

namespace app {

class InterruptWatch {
public:
    // Installs the handlers for SIGINT and SIGTERM. Each fires once: a second Ctrl-C finds the
    // default handling again and ends the process at once.
    InterruptWatch();
    ~InterruptWatch();  // the previous handlers again
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;

    // SIGINT or SIGTERM once one arrived since construction, else 0.
    int signal() const;
    bool requested() const { return signal() != 0; }

    // kExitInterrupted (SIGINT) or kExitTerminated (SIGTERM); 128 + the signal for any other.
    int exitCode() const;

    // "SIGINT" or "SIGTERM".
    std::string signalName() const;

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

}  // namespace app
