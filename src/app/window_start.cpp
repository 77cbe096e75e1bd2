#include "app/window_start.h"

#include "app/load_messages.h"

#include <algorithm>
#include <filesystem>

namespace app {

void checkViewOption(Options& options, MapSession& session) {
    if (!options.view) return;
    bool clamped = false;
    const auto inside = viewInsideArea(*options.view, session.map.clip, &clamped);
    const std::string what = "--view " + formatBox(*options.view);
    const std::string area =
        formatBox(session.map.clip) + " (the clip of " + session.manifestPath + ")";
    if (!inside)
        session.warnings.push_back(what + " is outside the map's area " + area +
                                   ": showing the home view");
    else if (clamped)
        session.warnings.push_back(what + " reaches outside the map's area " + area + "; showing " +
                                   formatBox(*inside));
    options.view = inside;
}

void initPanel(ui::PanelModel& panel, const Options& options, const MapSession& session,
               const std::string& rendererName) {
    panel.theme = scene::canonicalThemeName(options.theme);
    if (session.manifest) panel.themes = session.manifest->themes;
    for (const auto& l : session.map.layers) {
        panel.layerTitles.push_back(l.title);
        panel.layerOn.push_back(l.visible);
    }
    panel.arrowsStepStory = options.arrowsStepStory;
    ui::setPanelData(panel, session.dataset);
    panel.year = std::min(options.year, panel.yearMax);
    panel.labels = {!options.noLabels, options.labelLanguage, options.labelDensity};
    if (options.play) {
        panel.playing = true;
        panel.year = panel.yearMin;
    }
    panel.projection = options.projection;
    panel.renderer = rendererName;
    panel.messages = panelMessages(session.errors, session.warnings);
    // The export folder starts as the working folder, written out in full in the dialog.
    panel.exportSettings.folder = std::filesystem::current_path().string();
}

bool isSoftwareRenderer(const std::string& name) {
    return name.find("llvmpipe") != std::string::npos ||
           name.find("softpipe") != std::string::npos || name.find("SWR") != std::string::npos;
}

}  // namespace app
