#include "app/process_exit.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace app {

long processStatusKb(const char* field) {
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return -1;
    const size_t n = std::strlen(field);
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, n) == 0 && line[n] == ':') {
            if (std::sscanf(line + n + 1, "%ld", &kb) != 1) kb = -1;
            break;
        }
    }
    std::fclose(f);
    return kb;
}

void reportPeakRssIfAsked() {
    if (!std::getenv("CORRIDOR_REPORT_PEAK_RSS")) return;
    // VmHWM, which exec resets: this process's own peak.
    const long kb = processStatusKb("VmHWM");
    std::fprintf(stderr, "corridor peak RSS %.1f MB\n",
                 kb < 0 ? -1.0 : static_cast<double>(kb) / 1024.0);
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
