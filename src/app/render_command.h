// `corridor render`: the same frame as the window, drawn headless into a PNG (or a sequence of
// frames; --dry-run draws them and writes nothing; --soak-reload makes it a soak test).
#pragma once

#include "app/cli.h"
#include "app/map_session.h"
#include "render/map_renderer.h"

#include <string>

namespace app {

int runRender(const Options& options, const std::string& argv0);

// ---- soak testing of sequences (--soak-reload) -----------------------------------------------

// Resident memory of this process in kB (VmRSS from /proc/self/status), or -1 when unknown.
long residentKb();

// Reads glGetError until it reports no error; returns how many errors were pending. Needs a
// current GL context.
int drainGlErrors();

// Called after each frame of a sequence. Counts GL errors (every frame, soak or not); with
// reloadEvery > 0 also reloads the data every reloadEvery frames (re-uploading the timeline each
// time, changed or not, to exercise the upload path) and prints the frame and resident memory
// to stderr every 10% of the run.
class SoakMonitor {
public:
    SoakMonitor(render::MapRenderer& renderer, MapSession& session, int frameCount,
                int reloadEvery);

    // After frame `index` (0-based) has been drawn.
    void afterFrame(int index);

    // The summary line (soak runs): "soak: N frames, RSS after warm-up X MB, at end Y MB,
    // growth Z MB, GL errors K".
    std::string summary() const;

    int glErrors() const { return m_glErrors; }
    int reloads() const { return m_reloads; }

private:
    render::MapRenderer& m_renderer;
    MapSession& m_session;
    int m_count;
    int m_reloadEvery;
    int m_warmupFrame;  // RSS after this frame is the baseline
    int m_glErrors = 0;
    int m_reloads = 0;  // data reloads that found changed files
    long m_warmKb = -1;
    long m_endKb = -1;
};

}  // namespace app
