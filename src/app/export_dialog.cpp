#include "app/export_dialog.h"

#include "app/export_frames.h"
#include "app/export_vector.h"
#include "render/export_png.h"
#include "render/export_tiles.h"
#include "render/image.h"
#include "render/readback.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>

namespace app {

namespace {
// Smaller tiles than the GL limit: the progress bar moves more often, at no cost in quality.
constexpr int kWindowExportTilePx = 2048;
}  // namespace

scene::ExportRequest exportRequest(const ui::ExportSettings& e, scene::TextSize textSize) {
    scene::ExportRequest r;
    r.widthPx = e.widthPx;
    r.heightPx = e.heightPx;
    r.dpi = static_cast<double>(e.dpi);
    r.choices.transparent = e.transparent;
    r.choices.titleAndCaption = e.titleAndCaption;
    r.choices.legend = e.legend;
    r.choices.scaleBar = e.scaleBar;
    r.choices.attribution = e.attribution;
    r.choices.inset = e.inset;
    r.textSize = textSize;
    return r;
}

std::string exportPath(const std::string& folder, const std::string& name) {
    std::filesystem::path p(name);
    if (p.is_relative() && !folder.empty()) p = std::filesystem::path(folder) / p;
    std::error_code ec;
    const std::filesystem::path full = std::filesystem::absolute(p, ec);
    return (ec ? p : full).lexically_normal().string();
}

void exportView(const ExportSource& source, ui::PanelModel& panel) {
    // Into the export folder; the message names the absolute path.
    ui::ExportSettings e = panel.exportSettings;
    e.fileName = exportPath(e.folder, e.fileName);
    const scene::FrameSpec spec =
        scene::FrameBuilder::exportFrame(source.drawn, exportRequest(e, source.textSize));
    const double dpi = 72.0 * spec.pixelsPerPoint;
    render::TiledExporter exporter(source.renderer, kWindowExportTilePx);
    const auto t0 = std::chrono::steady_clock::now();
    std::string err;
    panel.exportProgress = 0.f;
    // A .pdf or .svg name (the dialog's format choice): the vector back end, same composition.
    const std::string ext = std::filesystem::path(e.fileName).extension().string();
    const auto vector = render::parseVectorFormat(ext.empty() ? ext : ext.substr(1));
    const bool ok =
        vector ? writeVectorFrame(source.renderer, source.session, spec, *vector, e.fileName, &err)
               : exportPng(exporter, spec, e.fileName, dpi, false, &err, nullptr,
                           [&](int done, int total) {
                               return source.progress(static_cast<float>(done) /
                                                      static_cast<float>(std::max(total, 1)));
                           });
    panel.exportProgress = -1.f;
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char text[256];
    if (ok) {
        std::snprintf(text, sizeof text, "saved %s (%dx%d, %.0f dpi) in %.1f s", e.fileName.c_str(),
                      spec.widthPx, spec.heightPx, dpi, sec);
    } else {
        std::snprintf(text, sizeof text, "not exported: %s", err.c_str());
    }
    panel.exportMessage = text;
}

void exportAllSteps(const ExportSource& source, ui::PanelModel& panel) {
    const int count = static_cast<int>(source.story.steps.size());
    if (count == 0) return;
    const ui::ExportSettings& e = panel.exportSettings;
    const std::string folder = exportPath(e.folder, ".");
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    render::TiledExporter exporter(source.renderer, kWindowExportTilePx);
    const auto t0 = std::chrono::steady_clock::now();
    std::string err;
    int written = 0;
    panel.exportProgress = 0.f;
    const scene::ExportRequest request = exportRequest(e, source.textSize);
    const scene::FrameBuilder frames(source.session.map, source.session.dataset, source.placeWorld);
    for (int i = 0; i < count && err.empty(); ++i) {
        // As `render --scene FILE --step N` at this size: framed clear of the furniture.
        scene::StepRequest step;
        step.step = i;
        step.textSize = request.textSize;
        step.exportChoices = request.choices;
        const scene::FrameSpec spec =
            frames
                .step(
                    scene::FrameBuilder::exportFrame(source.drawn, request), source.story, step,
                    [&](const scene::FrameSpec& f) { return source.renderer.furnitureCoverPx(f); })
                .spec;
        char name[32];
        std::snprintf(name, sizeof name, "step_%02d.png", i + 1);
        const std::string path = (std::filesystem::path(folder) / name).string();
        if (exportPng(exporter, spec, path, 72.0 * spec.pixelsPerPoint, false, &err, nullptr,
                      [&](int done, int total) {
                          const float f =
                              static_cast<float>(done) / static_cast<float>(std::max(total, 1));
                          return source.progress((static_cast<float>(i) + f) /
                                                 static_cast<float>(count));
                      }))
            ++written;
    }
    panel.exportProgress = -1.f;
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char text[160];
    std::snprintf(text, sizeof text, " in %.1f s", sec);
    panel.exportMessage = "saved " + std::to_string(written) + " of " + std::to_string(count) +
                          " steps as step_01.png ... in " + folder + text +
                          (err.empty() ? "" : "; stopped: " + err);
}

void saveScreenshot(render::MapRenderer& renderer, render::RenderTarget& target,
                    const scene::FrameSpec& spec, ui::PanelModel& panel) {
    char stamp[64];
    const std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "corridor-%Y%m%d-%H%M%S.png", std::localtime(&now));
    // In the export folder, and the full path said: never a silent file in the working folder.
    const std::string name = exportPath(panel.exportSettings.folder, stamp);
    // Always the multisampled target: on software GL the screen may show a quick draft.
    renderer.draw(spec, target);
    const render::Image image = render::readResolved(target);
    std::string err;
    // The export writer, so the screenshot follows the same output rules (no file left on
    // failure; a link or device of that name is never replaced).
    render::PngStreamWriter png;
    if (png.open(name, image.width, image.height, 72.0 * spec.pixelsPerPoint, &err,
                 !renderer.paintsEveryPixel(spec)) &&
        png.writeRows(image.rgba.data(), image.height, &err) && png.finish(&err)) {
        panel.exportMessage = "screenshot saved " + name;
    } else {
        panel.exportMessage = "screenshot failed: " + err;
    }
    panel.messages.push_back(panel.exportMessage);
}

}  // namespace app
