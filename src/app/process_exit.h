// How the process ends after a one-shot command. Pure process plumbing: no GL, no map.
#pragma once

namespace app {

// A "Vm..." field of /proc/self/status ("VmRSS", "VmHWM"), kB; -1 when it cannot be read.
long processStatusKb(const char* field);

// Prints this process's peak resident memory to stderr when CORRIDOR_REPORT_PEAK_RSS is set
// (`corridor bench` runs this binary as a child and asks it: the kernel's figure for a child
// also counts the forked parent's pages before exec).
void reportPeakRssIfAsked();

// After a one-shot command's output is complete, closed and in place: ends the process with
// `code` at once, without running the destructors of what it loaded. Tearing down the GL
// context, the compiled shaders, the map and the fonts costs about 50 ms at 4K on a software
// renderer and leaves nothing behind that the kernel does not reclaim anyway (the same reason
// compilers skip freeing their memory at exit). Flushes stdio and reports the peak memory
// first. In a sanitizer build it returns, so the caller tears down as usual and leaks and
// use-after-free in that teardown are still found.
void exitWithoutTeardown(int code);

}  // namespace app
