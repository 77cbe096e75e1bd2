// The window's cards and the presenter's view: a pinned card stays beside the point of the arc or
// destination that was clicked, inside the map; a click on a country shows it in the panel's
// details; source links open in the browser; and the presenter view (P, --presenter-view).
#include "app/window_app.h"

#include "geo/shapefile.h"
#include "ui/flow_card.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace app {

namespace {
// The presenter view's picture of the next step, in device pixels.
constexpr int kThumbnailW = 480, kThumbnailH = 270;
}  // namespace

void WindowApp::onMapClick() {
    const glm::dvec2 vp = viewportPx();
    m_pinnedWorld = m_view.current.worldAt(m_mousePx, vp);
    if (m_hover.pinnedFlow >= 0 || m_hover.pinnedMarker >= 0) return;
    // Nothing pinned: the country under the pointer, if any, goes to the details.
    const int layer = scene::layerIndex(m_session.map, "countries");
    if (layer < 0 || static_cast<size_t>(layer) >= m_session.map.geometry.size()) return;
    const scene::LayerGeometry& g = m_session.map.geometry[static_cast<size_t>(layer)];
    const int feature = scene::featureAt(g, m_pinnedWorld);
    if (feature < 0) return;
    const int record = g.features[static_cast<size_t>(feature)].record;
    if (record < 0 || static_cast<size_t>(record) >= m_countryRecords.size()) return;
    const std::string& code = m_countryRecords[static_cast<size_t>(record)].code;
    if (!code.empty()) m_panel.detailCountry = code;
}

void WindowApp::drawCards(int shownFlow, bool pinned) {
    // Window coordinates (ImGui's): the map right of the panel, the pinned point on it.
    const float px = static_cast<float>(pixelScale());
    const ImGuiIO& io = ImGui::GetIO();
    const glm::dvec2 at = m_view.current.pxOf(m_pinnedWorld, viewportPx());
    ui::CardPlacement place;
    place.anchor = ImVec2(static_cast<float>(at.x) / px, static_cast<float>(at.y) / px);
    place.areaMin = ImVec2(static_cast<float>(panelCoverPx()) / px, 0.f);
    place.areaMax = io.DisplaySize;
    std::string url;
    if (shownFlow >= 0 && (pinned || !m_dragging)) {
        url = ui::flowCardPopup(m_session.dataset, shownFlow, pinned, ui::panelPalette(m_panel),
                                pinned ? &place : nullptr);
    } else if (m_panel.detailPlace >= 0 && (pinned || !m_dragging)) {
        ui::placeCardPopup(m_session.dataset, static_cast<uint32_t>(m_panel.detailPlace),
                           m_panel.year, pinned, ui::panelPalette(m_panel),
                           pinned ? &place : nullptr);
    }
    if (!url.empty()) openUrl(url);
}

void WindowApp::openUrl(const std::string& url) {
    if (SDL_OpenURL(url.c_str()) != 0)
        m_panel.messages.push_back("cannot open " + url + ": " + SDL_GetError());
}

void WindowApp::loadCountryNames() {
    // The export folder starts as the working folder, written out in full in the dialog.
    m_panel.exportSettings.folder = std::filesystem::current_path().string();
    // The admin-0 records' codes and names (the map keeps only the features' record numbers).
    const int layer = scene::layerIndex(m_session.map, "countries");
    if (layer < 0) return;
    const std::string file = scene::resolveLayerFile(
        m_session.map.layers[static_cast<size_t>(layer)].file, m_session.naturalEarthDir);
    const geo::ShapefileResult r = geo::readShapefile(file);
    if (!r.ok) return;
    m_countryRecords = scene::countryRecords(r.layer);
    m_panel.countryNames.clear();
    for (const auto& c : m_countryRecords)
        if (!c.code.empty() && !c.name.empty()) m_panel.countryNames[c.code] = c.name;
}

void WindowApp::togglePresenterView() {
    if (m_presenter) {
        m_presenter.reset();
        return;
    }
    std::string err;
    m_presenter = PresenterView::open(m_window->window(), m_window->context(),
                                      m_uiScale / static_cast<float>(pixelScale()), &err);
    if (!m_presenter) {
        m_panel.messages.push_back(err);
        return;
    }
    m_presentStart = std::chrono::steady_clock::now();
    m_thumbnailStep = -2;
}

void WindowApp::drawPresenterView() {
    if (!m_presenter) return;
    PresenterContent c;
    // The speaker's window is dark whatever the audience sees (read beside a dark room).
    const scene::Palette dark = scene::paletteFor(m_panel.themes, "dark");
    c.accent = dark.uiCheckMark;
    c.background = dark.uiWindowBg;
    const int count = static_cast<int>(m_story.steps.size());
    const int step = m_panel.currentStep;
    const std::string& lang = m_panel.labels.language;
    c.step = step >= 0 && step < count ? step : -1;
    c.stepCount = count;
    if (c.step >= 0) {
        const scene::StoryStep& s = m_story.steps[static_cast<size_t>(step)];
        c.title = scene::stepTitle(s, lang);
        c.notes = s.notes;
    } else {
        c.title = m_story.title.empty() ? "Overview" : m_story.title + ": overview";
    }
    const int next = c.step + 1;
    if (next < count)
        c.nextTitle = scene::stepTitle(m_story.steps[static_cast<size_t>(next)], lang);
    c.elapsedSec =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_presentStart).count();
    c.year = m_panel.year;
    if (next < count && m_thumbnailStep != next) {
        // The next step at rest, drawn once per step by the same renderer.
        std::string err;
        if (!m_thumbnail)
            m_thumbnail = std::make_unique<render::RenderTarget>(kThumbnailW, kThumbnailH, 4, &err);
        if (m_thumbnail->valid()) {
            scene::FrameSpec spec = m_drawnSpec;
            spec.widthPx = kThumbnailW;
            spec.heightPx = kThumbnailH;
            spec.pixelsPerPoint = scene::pixelsPerPointForSize(kThumbnailW, kThumbnailH);
            spec.overlays.leftInsetPx = 0.f;
            spec.timeline.highlightFlow = spec.timeline.highlightMarker = -1;
            spec.tile = {};
            // No caption (too small to read; the title is beside it), cards or legend.
            scene::StepRequest request;
            request.step = next;
            request.furniture = false;
            request.textSize = windowTextSize();
            const scene::FrameBuilder frames(m_session.map, m_session.dataset, m_placeWorld);
            spec = frames.step(spec, m_story, request, {}).spec;
            spec.timeline.legend = false;
            m_renderer->draw(spec, *m_thumbnail);
            m_shown = nullptr;  // the renderer drew another view: redraw the screen's frame
        }
        m_thumbnailStep = next;
    }
    if (next < count && m_thumbnail && m_thumbnail->valid()) {
        c.thumbnailFramebuffer = m_thumbnail->resolvedFramebuffer();
        c.thumbnailW = kThumbnailW;
        c.thumbnailH = kThumbnailH;
    }
    m_presenter->draw(c, m_window->window());
}

}  // namespace app
