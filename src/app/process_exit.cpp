#include "app/process_exit.h"

#include <cstdio>
#include <cstdlib>

namespace app {

namespace {

// Peak resident memory of this process (VmHWM, which exec resets), MB; -1 when unknown.
double peakRssMb() {
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return -1.0;
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "VmHWM: %ld", &kb) == 1) break;
    }
    std::fclose(f);
    return kb < 0 ? -1.0 : static_cast<double>(kb) / 1024.0;
}

}  // namespace

void reportPeakRssIfAsked() {
    if (std::getenv("CORRIDOR_REPORT_PEAK_RSS"))
        std::fprintf(stderr, "corridor peak RSS %.1f MB\n", peakRssMb());
}

void exitWithoutTeardown(int code) {
#if defined(__SANITIZE_ADDRESS__)
    (void)code;
#else
    reportPeakRssIfAsked();
    std::fflush(nullptr);
    std::_Exit(code);
#endif
}

}  // namespace app
