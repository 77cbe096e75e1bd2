// Progress of a long export on the terminal: a bar redrawn in place when stderr is a terminal,
// otherwise one line per 10% (logs stay readable). Only app prints; the formatting is pure.
#pragma once

#include <cstdio>
#include <string>

namespace app {

// "[#######.............]  35%  7/20 label" for `done` of `total`, `width` bar characters.
std::string progressBar(long done, long total, int width, const std::string& label);

class Progress {
public:
    // Reports to `out`; `terminal` picks the in-place bar (the caller asks isatty).
    Progress(std::FILE* out, bool terminal, long total, std::string label);
    void update(long done);
    void finish();  // ends the bar's line (terminal)

    // Progress on stderr, as a bar when stderr is a terminal.
    static Progress onStderr(long total, std::string label);

private:
    std::FILE* m_out;
    bool m_terminal;
    long m_total;
    std::string m_label;
    int m_lastTenth = 0;     // lines mode: the last 10% step printed
    int m_lastPercent = -1;  // bar mode: redraw only when the number changes
    bool m_open = false;
};

}  // namespace app
