#include "app/progress.h"

#include <unistd.h>
#include <algorithm>
#include <cstdio>

namespace app {

std::string progressBar(long done, long total, int width, const std::string& label) {
    const double f = total > 0 ? std::clamp(static_cast<double>(done) / total, 0.0, 1.0) : 1.0;
    const int filled = static_cast<int>(f * width + 1e-9);
    std::string s = "[" + std::string(static_cast<size_t>(filled), '#') +
                    std::string(static_cast<size_t>(width - filled), '.') + "]";
    char tail[64];
    std::snprintf(tail, sizeof tail, " %3d%%  %ld/%ld ", static_cast<int>(f * 100.0 + 1e-9), done,
                  total);
    return s + tail + label;
}

Progress::Progress(std::FILE* out, bool terminal, long total, std::string label)
    : m_out(out), m_terminal(terminal), m_total(total), m_label(std::move(label)) {}

Progress Progress::onStderr(long total, std::string label) {
    return Progress(stderr, ::isatty(STDERR_FILENO) == 1, total, std::move(label));
}

void Progress::update(long done) {
    if (m_total <= 0) return;
    if (m_terminal) {
        const int percent = static_cast<int>(100 * done / m_total);
        if (percent == m_lastPercent && done != m_total) return;
        m_lastPercent = percent;
        std::fprintf(m_out, "\r%s", progressBar(done, m_total, 30, m_label).c_str());
        std::fflush(m_out);
        m_open = true;
        return;
    }
    const int tenth = static_cast<int>(10 * done / m_total);
    if (tenth <= m_lastTenth) return;
    m_lastTenth = tenth;
    std::fprintf(m_out, "%s: %d%% (%ld/%ld)\n", m_label.c_str(), tenth * 10, done, m_total);
    std::fflush(m_out);
}

void Progress::finish() {
    if (m_open) std::fprintf(m_out, "\n");
    m_open = false;
}

}  // namespace app
