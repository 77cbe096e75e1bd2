// Bench instrumentation: how much of a frame's CPU time is spent inside the GL driver. On a
// software renderer (Mesa llvmpipe) vertex shading and draw setup run in the calling thread, so
// the thread's CPU time alone cannot tell our per-frame work from the driver's. install() wraps
// the GL entry points where drivers do their heavy work (draws, clears, blits, uploads, readback,
// finish) and sums the calling thread's CPU time spent inside them. Only `corridor bench` installs
// it; elsewhere the GL calls are untouched.
#pragma once

namespace render {

// Replaces the wrapped entry points of the current GL context's loader (idempotent). The GL
// loader's function pointers are process-wide, so the sum is too (one thread draws).
void installDriverTimer();

// Thread CPU milliseconds spent inside wrapped GL calls since install().
double driverCpuMs();

// CPU time of the calling thread, milliseconds.
double threadCpuMs();

}  // namespace render
