// The window's interface scale (fonts rebuilt crisp at each scale, never stretched),
// presentation mode (panel hidden, cursor hidden after a pause), the shortcut overlay, and the
// frame spec each loop iteration draws.
#include "app/window_app.h"

#include "app/fonts.h"
#include "scene/frame_builder.h"
#include "ui/flow_card.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace app {

namespace {
constexpr float kMinUiScale = 0.75f, kMaxUiScale = 4.f;
constexpr double kCursorHideSec = 2.5;
}  // namespace

double WindowApp::panelCoverPx() const {
    return m_presenting ? 0.0 : static_cast<double>(kPanelWidthPt * m_uiScale);
}

float WindowApp::autoUiScale() const {
    // The display's density, or the window's size against a 1920x1080 screen, whichever is
    // larger: a 4K projector at 100% gets the same layout as a 1080p one, only sharper.
    const double bySize = std::min(static_cast<double>(m_drawableW) / 1920.0,
                                   static_cast<double>(m_drawableH) / 1080.0);
    return static_cast<float>(
        std::clamp(std::max(pixelScale(), bySize), 1.0, static_cast<double>(kMaxUiScale)));
}

void WindowApp::setUiScale(float scale) {
    scale = std::clamp(scale, kMinUiScale, kMaxUiScale);
    if (std::abs(scale - m_uiScale) < 1e-3f) return;
    // Keep the same part of the map in view: the map's point size follows the interface.
    const glm::dvec2 vp = viewportPx();
    const double oldCover = panelCoverPx();
    m_uiScale = scale;
    const double shift = 0.5 * (panelCoverPx() - oldCover);
    m_view.target.centerWorld.x -= shift * m_view.target.metresPerPx;
    m_view.current.centerWorld.x -= shift * m_view.current.metresPerPx;
    (void)vp;
    m_fontsDirty = true;
}

void WindowApp::rebuildFonts() {
    if (!m_fontsDirty) return;
    m_fontsDirty = false;
    ImGuiIO& io = ImGui::GetIO();
    const float px = static_cast<float>(pixelScale());
    ui::applyPanelStyle(ui::panelPalette(m_panel), m_uiScale / px);
    std::string fontFile = findFontFile("Noto Sans");
    if (fontFile.empty()) fontFile = findFontFile("DejaVu Sans");
    // Latin, Cyrillic (Russian names), punctuation (en dashes, bullets) and arrows.
    static const ImWchar kExtraRanges[] = {0x2000, 0x206F, 0x2190, 0x21FF, 0};
    ImFontGlyphRangesBuilder ranges;
    ranges.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
    ranges.AddRanges(kExtraRanges);
    ImVector<ImWchar> glyphRanges;  // must outlive the atlas build below
    ranges.BuildRanges(&glyphRanges);
    io.Fonts->Clear();
    // Rasterised at the device size of the text, so it is crisp at every scale.
    if (fontFile.empty() || !io.Fonts->AddFontFromFileTTF(fontFile.c_str(), 16.f * m_uiScale,
                                                          nullptr, glyphRanges.Data)) {
        ImFontConfig config;
        config.SizePixels = 13.f * m_uiScale;
        io.Fonts->AddFontDefault(&config);
    }
    io.Fonts->Build();
    io.FontGlobalScale = 1.f / px;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    m_panel.uiScale = m_uiScale;
}

void WindowApp::updateCursor(Uint64 now) {
    const double idle = static_cast<double>(now - m_lastPointerMove) /
                        static_cast<double>(SDL_GetPerformanceFrequency());
    const bool hide = m_presenting && idle > kCursorHideSec && !m_dragging;
    if (hide != m_cursorHidden) {
        SDL_ShowCursor(hide ? SDL_DISABLE : SDL_ENABLE);
        m_cursorHidden = hide;
        // No card under a cursor nobody sees; the next move picks again.
        if (hide) pointerLeft(m_hover);
    }
}

void WindowApp::drawHelpOverlay() {
    if (!m_showHelp) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowBgAlpha(ui::kCardBgAlpha);  // as cards and panels: opaque enough to read
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse;
    bool open = true;
    if (ImGui::Begin("Keyboard and clicker", &open, flags)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            for (const KeyBinding& b : keyBindings()) {
                if (!b.keys) continue;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), "%s", b.keys);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(b.what);
            }
            ImGui::EndTable();
        }
        ImGui::TextDisabled("Mouse: drag to move, wheel to zoom, hover or click flows and totals.");
    }
    ImGui::End();
    if (!open) m_showHelp = false;
}

void WindowApp::drawPresentationHint() {
    // For the first seconds of presentation mode: how to get the panel back.
    if (!m_presenting || m_cursorHidden) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 12.f),
                            ImGuiCond_Always, ImVec2(0.5f, 1.f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
        ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##hint", nullptr, flags)) {
        if (m_panel.stepTitles.empty())
            ImGui::TextDisabled("H: panel   ?: keys");
        else
            ImGui::TextDisabled("Step %d of %zu   PgDn / PgUp: steps   H: panel   ?: keys",
                                m_panel.currentStep + 1, m_panel.stepTitles.size());
    }
    ImGui::End();
}

void WindowApp::drawBlackout() {
    if (!m_blackout) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0.f, 0.f), io.DisplaySize, IM_COL32_BLACK);
}

scene::TextSize WindowApp::windowTextSize() const {
    return m_panel.projectorText ? scene::TextSize::Projector : scene::TextSize::Default;
}

float WindowApp::windowTextScale() const {
    return scene::textScaleFor(windowTextSize(), m_drawableH,
                               scene::kScreenPixelsPerPoint * m_uiScale);
}

scene::FrameSpec WindowApp::buildSpec(double nowSec) {
    // A framed view (home, a story step) is framed again when the interface scale, the text
    // size or the panel's width change: the furniture it is framed around changed size.
    if (m_framedCoverPx < 0.0 && !m_options.textSize.empty())
        m_panel.projectorText = m_options.textSize == "projector";
    const double textScale = windowTextScale(), cover = panelCoverPx();
    if (m_framedUiScale != m_uiScale || m_framedTextScale != textScale ||
        m_framedCoverPx != cover) {
        const bool first = m_framedCoverPx < 0.0;
        m_framedUiScale = m_uiScale;
        m_framedTextScale = textScale;
        m_framedCoverPx = cover;
        if (!first && m_viewFramed && !m_flight.active()) relayoutView();
    }
    scene::FrameSpec spec;
    spec.widthPx = m_drawableW;
    spec.heightPx = m_drawableH;
    spec.pixelsPerPoint = scene::kScreenPixelsPerPoint * m_uiScale;
    spec.camera = m_view.current;
    spec.theme = m_panel.theme;
    spec.layerOn = m_panel.layerOn;
    spec.year = m_panel.year;
    spec.animPhase = m_animSec;
    spec.timeline.route = m_panel.showRoute;
    spec.timeline.arcs = m_panel.showArcs;
    spec.timeline.markers = m_panel.showMarkers;
    spec.timeline.legend = m_panel.showLegend;
    spec.timeline.highlightFlow = m_hover.shownFlow(m_panel.showArcs);
    spec.timeline.highlightMarker = m_hover.shownMarker(m_panel.showMarkers);
    spec.timeline.view.mode = m_panel.mode;
    spec.timeline.view.windowYears = m_panel.windowYears;
    spec.timeline.view.filter = m_panel.filter;
    spec.timeline.view.highlightFlows = m_storyShown.highlightFlows;
    spec.timeline.arcWidthScale = m_panel.arcWidthScale;
    spec.labels = {m_panel.labels.show, m_panel.labels.language, m_panel.labels.density};
    spec.overlays.scaleBar = m_panel.showScaleBar;
    spec.overlays.attribution = m_panel.showAttribution;
    spec.overlays.leftInsetPx = static_cast<float>(panelCoverPx());
    spec.overlays.textScale = static_cast<float>(textScale);
    spec.overlays.title = m_story.title;
    spec.overlays.subtitle = m_story.subtitle;
    scene::applyStepCaption(m_story, m_panel.currentStep, spec);
    // Event cards: those of the step's choice, or of the layers shown. While the year moves
    // each passed event's card stays kCalloutWallSec on the wall clock, whatever the speed; at
    // rest the events of the last quarter year show too, whole.
    const scene::FrameBuilder frames(m_session.map, m_session.dataset, m_placeWorld);
    const bool moving = m_panel.playing || m_flight.active();
    const std::vector<char> shown = scene::shownEvents(m_session.dataset, m_storyShown.callouts,
                                                       m_panel.showRoute, m_panel.showArcs);
    m_callouts.update(m_session.dataset, shown, m_panel.year, moving, nowSec);
    spec.overlays.callouts = m_callouts.callouts(m_session.dataset, m_placeWorld, nowSec);
    if (!moving) {
        for (auto& card : frames.restCallouts(m_panel.year, &shown)) {
            auto& cards = spec.overlays.callouts;
            auto same = std::find_if(cards.begin(), cards.end(), [&](const auto& c) {
                return c.title == card.title && c.world == card.world;
            });
            if (same != cards.end())
                same->opacity = 1.f;  // at rest a card is whole, never half-faded
            else if (cards.size() < 3)
                cards.push_back(std::move(card));
        }
    }
    for (auto& tag : frames.highlightTags(m_storyShown.highlightPlaces, spec.labels.enabled))
        spec.overlays.callouts.push_back(std::move(tag));
    return spec;
}

}  // namespace app
