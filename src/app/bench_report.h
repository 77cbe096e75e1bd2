// The figures `corridor bench` measures, printed as a table and written as JSON. Plain data; a
// figure that could not be measured stays NaN and is written as null.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace app {

constexpr double kNotMeasured = NAN;

struct LoadFigures {
    double loadMs = kNotMeasured;     // wall: manifest, shapefiles or cache, data, timeline, upload
    double readMs = kNotMeasured;     // wall: reading shapefiles (0 when all layers are cached)
    double cacheMs = kNotMeasured;    // wall: hashing inputs, reading and writing the cache
    double projectMs = kNotMeasured;  // CPU summed over the loading threads
    double triangulateMs = kNotMeasured;  // CPU: clip, triangulate, simplify (all bands)
    double uploadMs = kNotMeasured;       // wall: GL uploads of map and timeline, glFinish
    int cacheHits = 0;
};

struct FrameFigures {
    int width = 0, height = 0;
    std::string set;  // "default" or the synthetic count
    size_t arcs = 0;
    double frameMs = kNotMeasured;  // wall, with glFinish
    double cpuMs = kNotMeasured;    // our code's CPU time per frame, outside the driver
    double driverCpuMs =
        kNotMeasured;  // CPU time inside GL calls in the frame (llvmpipe: vertex work)
    int drawCalls = 0;
    size_t uploads = 0;  // instance-buffer uploads during the measured frames (0)
    int measured = 0;    // frames in the median
    // Synthetic sets over scene::kAggregateMinArcs flows (unless --no-aggregate): drawn as
    // aggregated arcs. The arc pieces uploaded, clustering the places once per data set, and
    // aggregating at the frame's zoom level (what a zoom-level or filter change costs).
    bool aggregated = false;
    size_t instances = 0;
    double clusterMs = kNotMeasured;
    double aggregateMs = kNotMeasured;
};

struct SizeFigures {
    int width = 0, height = 0;
    // A playback frame with nothing over the base map (cached base blitted in, vignette): the
    // floor of every frame at this size.
    double emptyFrameMs = kNotMeasured;
    double baseRedrawMs = kNotMeasured;  // the view moved by a pixel: the base map drawn again
    // The window's moving frames on software GL (MapRenderer::drawMoving): the cached base map
    // moved (a drag of 6 x 3 px a frame) or scaled (a smooth zoom, 2% a frame) with the
    // timeline, labels and overlays drawn live; the full-quality redraw once the view rests; and
    // the cache's margin drawn after it, in all and its slowest strip (how long input can wait).
    double stillFrameMs = kNotMeasured;  // the same view at rest (only the animation moves)
    double panFrameMs = kNotMeasured;
    double zoomFrameMs = kNotMeasured;
    double restRedrawMs = kNotMeasured;
    double marginMs = kNotMeasured;
    double marginStripMaxMs = kNotMeasured;
};

struct ExportFigures {
    int width = 0, height = 0;
    double processMs = kNotMeasured;  // the whole `corridor render` process, warm cache
    double pngMs = kNotMeasured;      // encoding the frame alone (in process)
    double peakRssMb = kNotMeasured;
};

struct BenchFigures {
    std::string cpu, glRenderer;
    int cores = 0;
    bool quick = false;
    int repeats = 0;
    LoadFigures cold, warm;
    double firstFrameColdMs = kNotMeasured, firstFrameWarmMs = kNotMeasured;
    double peakRssMb = kNotMeasured;       // the window with the default scene (child process)
    double benchPeakRssMb = kNotMeasured;  // this process, after every synthetic set
    std::vector<SizeFigures> sizes;
    std::vector<FrameFigures> frames;
    std::vector<ExportFigures> exports;
};

void printLoadTable(const BenchFigures& f);
void printFrameRow(const FrameFigures& f, bool header);
void printSummary(const BenchFigures& f);

// False with *error when the file cannot be written.
bool writeBenchJson(const BenchFigures& f, const std::string& path, std::string* error);

// The machine's CPU model (from /proc/cpuinfo), "" when unknown.
std::string cpuModel();

double median(std::vector<double> v);

}  // namespace app
