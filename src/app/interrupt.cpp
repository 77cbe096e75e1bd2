#include "app/interrupt.h"

#include "app/cli.h"

namespace app {

namespace {

// The one thing a signal handler may touch is a volatile sig_atomic_t with static storage: an
// InterruptWatch member cannot be reached from the handler without such a variable anyway.
// Only InterruptWatch reads or resets it.
volatile std::sig_atomic_t g_signal = 0;

void onSignal(int sig) {
    g_signal = sig;
}

}  // namespace

InterruptWatch::InterruptWatch() {
    g_signal = 0;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    // Once: a second Ctrl-C while the export finishes its tile ends the process the usual way.
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &sa, &m_oldInt);
    sigaction(SIGTERM, &sa, &m_oldTerm);
    // A signal ignored when the process started stays ignored (a shell script's background
    // job must not stop on the Ctrl-C meant for the script).
    if (m_oldInt.sa_handler == SIG_IGN) sigaction(SIGINT, &m_oldInt, nullptr);
    if (m_oldTerm.sa_handler == SIG_IGN) sigaction(SIGTERM, &m_oldTerm, nullptr);
}

InterruptWatch::~InterruptWatch() {
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
}

int InterruptWatch::signal() const {
    return g_signal;
}

int InterruptWatch::exitCode() const {
    const int sig = signal();
    if (sig == SIGINT) return kExitInterrupted;
    if (sig == SIGTERM) return kExitTerminated;
    return 128 + sig;
}

std::string InterruptWatch::signalName() const {
    const int sig = signal();
    return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "signal " + std::to_string(sig);
}

}  // namespace app
