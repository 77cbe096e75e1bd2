#include "app/bench_report.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace app {

namespace {

// JSON number, or null for a figure that was not measured.
std::string num(double v) {
    if (!std::isfinite(v)) return "null";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

std::string str(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out + "\"";
}

std::string load(const LoadFigures& l) {
    std::ostringstream o;
    o << "{\"load_ms\": " << num(l.loadMs) << ", \"read_ms\": " << num(l.readMs)
      << ", \"cache_ms\": " << num(l.cacheMs) << ", \"project_ms\": " << num(l.projectMs)
      << ", \"triangulate_ms\": " << num(l.triangulateMs) << ", \"upload_ms\": " << num(l.uploadMs)
      << ", \"cache_hits\": " << l.cacheHits << "}";
    return o.str();
}

}  // namespace

double median(std::vector<double> v) {
    if (v.empty()) return kNotMeasured;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::string cpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const size_t colon = line.find(':');
            if (colon != std::string::npos)
                return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    }
    return "";
}

void printLoadTable(const BenchFigures& f) {
    std::printf("%-6s %9s %9s %9s %10s %12s %10s %14s\n", "load", "load_ms", "read_ms", "cache_ms",
                "project_ms", "triangulate", "upload_ms", "first_frame_ms");
    auto row = [](const char* name, const LoadFigures& l, double first) {
        std::printf("%-6s %9.0f %9.0f %9.0f %10.0f %12.0f %10.0f %14.0f\n", name, l.loadMs,
                    l.readMs, l.cacheMs, l.projectMs, l.triangulateMs, l.uploadMs, first);
    };
    row("cold", f.cold, f.firstFrameColdMs);
    row("warm", f.warm, f.firstFrameWarmMs);
    std::fflush(stdout);
}

void printFrameRow(const FrameFigures& r, bool header) {
    if (header) {
        std::printf("%-10s %9s %10s %10s %10s %10s %8s %8s %9s %10s %12s\n", "size", "arcs",
                    "frame_ms", "cpu_ms", "driver_ms", "draw_calls", "uploads", "frames",
                    "instances", "cluster_ms", "aggregate_ms");
    }
    char size[32];
    std::snprintf(size, sizeof size, "%dx%d", r.width, r.height);
    std::printf("%-10s %9zu %10.1f %10.3f %10.1f %10d %8zu %8d %9zu %10.1f %12.1f%s\n", size,
                r.arcs, r.frameMs, r.cpuMs, r.driverCpuMs, r.drawCalls, r.uploads, r.measured,
                r.instances, r.clusterMs, r.aggregateMs,
                r.set == "default" ? "  (the real data)" : (r.aggregated ? "  (aggregated)" : ""));
    std::fflush(stdout);
}

void printSummary(const BenchFigures& f) {
    for (const auto& s : f.sizes) {
        std::printf(
            "%dx%d: empty frame (base map and vignette only) %.1f ms, base map redrawn %.1f ms;\n"
            "  window on software GL: still frame %.1f ms, pan frame %.1f ms, zoom frame %.1f ms "
            "(cached base map moved), redraw at rest %.1f ms, margin %.0f ms (slowest strip "
            "%.0f ms)\n",
            s.width, s.height, s.emptyFrameMs, s.baseRedrawMs, s.stillFrameMs, s.panFrameMs,
            s.zoomFrameMs, s.restRedrawMs, s.marginMs, s.marginStripMaxMs);
    }
    for (const auto& e : f.exports) {
        std::printf(
            "export %dx%d PNG: whole process %.0f ms (warm cache), PNG encoding alone %.0f "
            "ms, peak RSS %.0f MB\n",
            e.width, e.height, e.processMs, e.pngMs, e.peakRssMb);
    }
    std::printf("peak RSS: window with the default scene %.0f MB; this bench process %.0f MB\n",
                f.peakRssMb, f.benchPeakRssMb);
    std::fflush(stdout);
}

bool writeBenchJson(const BenchFigures& f, const std::string& path, std::string* error) {
    std::ostringstream o;
    o << "{\n  \"machine\": {\"cpu\": " << str(f.cpu) << ", \"cores\": " << f.cores
      << ", \"gl_renderer\": " << str(f.glRenderer) << "},\n";
    o << "  \"quick\": " << (f.quick ? "true" : "false") << ",\n  \"repeats\": " << f.repeats
      << ",\n";
    o << "  \"load\": {\"cold\": " << load(f.cold) << ",\n           \"warm\": " << load(f.warm)
      << "},\n";
    o << "  \"first_frame_ms\": {\"cold\": " << num(f.firstFrameColdMs)
      << ", \"warm\": " << num(f.firstFrameWarmMs) << "},\n";
    o << "  \"sizes\": [";
    for (size_t i = 0; i < f.sizes.size(); ++i) {
        const auto& s = f.sizes[i];
        o << (i ? ",\n            " : "") << "{\"width\": " << s.width
          << ", \"height\": " << s.height << ", \"empty_frame_ms\": " << num(s.emptyFrameMs)
          << ", \"base_redraw_ms\": " << num(s.baseRedrawMs)
          << ", \"still_frame_ms\": " << num(s.stillFrameMs)
          << ", \"pan_frame_ms\": " << num(s.panFrameMs)
          << ", \"zoom_frame_ms\": " << num(s.zoomFrameMs)
          << ", \"rest_redraw_ms\": " << num(s.restRedrawMs)
          << ", \"margin_ms\": " << num(s.marginMs)
          << ", \"margin_strip_max_ms\": " << num(s.marginStripMaxMs) << "}";
    }
    o << "],\n  \"frames\": [";
    for (size_t i = 0; i < f.frames.size(); ++i) {
        const auto& r = f.frames[i];
        o << (i ? ",\n             " : "") << "{\"width\": " << r.width
          << ", \"height\": " << r.height << ", \"set\": " << str(r.set) << ", \"arcs\": " << r.arcs
          << ", \"frame_ms\": " << num(r.frameMs) << ", \"cpu_ms\": " << num(r.cpuMs)
          << ", \"driver_cpu_ms\": " << num(r.driverCpuMs) << ", \"draw_calls\": " << r.drawCalls
          << ", \"uploads\": " << r.uploads << ", \"measured_frames\": " << r.measured
          << ", \"aggregated\": " << (r.aggregated ? "true" : "false")
          << ", \"instances\": " << r.instances;
        // Only aggregated sets have these (the others are not "not measured": there is none).
        if (r.aggregated) {
            o << ", \"cluster_ms\": " << num(r.clusterMs)
              << ", \"aggregate_ms\": " << num(r.aggregateMs);
        }
        o << "}";
    }
    o << "],\n  \"export_ms\": [";
    for (size_t i = 0; i < f.exports.size(); ++i) {
        const auto& e = f.exports[i];
        o << (i ? ",\n                " : "") << "{\"width\": " << e.width
          << ", \"height\": " << e.height << ", \"process_ms\": " << num(e.processMs)
          << ", \"png_ms\": " << num(e.pngMs) << ", \"peak_rss_mb\": " << num(e.peakRssMb) << "}";
    }
    o << "],\n  \"peak_rss_mb\": " << num(f.peakRssMb)
      << ",\n  \"bench_peak_rss_mb\": " << num(f.benchPeakRssMb) << "\n}\n";
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << o.str();
    out.close();
    if (!out) {
        if (error) *error = path + ": cannot write the JSON file";
        return false;
    }
    return true;
}

}  // namespace app
