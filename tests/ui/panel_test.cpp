// The side panel driven by Dear ImGui without a renderer backend: a few frames with a simulated
// mouse, asserting on the returned actions and the model changes. Item positions are found by
// probing (a fresh panel per probe), so the tests don't depend on exact layout.
#include "ui/panel.h"

#include "ui/flow_card.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cmath>
#include <functional>
#include <optional>

namespace {

constexpr float kPanelW = 300.f, kPanelH = 1400.f;

class Harness {
public:
    Harness() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280.f, kPanelH);
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; no texture needed
    }
    ~Harness() { ImGui::DestroyContext(); }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    ui::PanelActions frame(ui::PanelModel& m, ImVec2 mouse, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.f / 60.f;
        io.MousePos = mouse;
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        const ui::PanelActions a = ui::drawPanel(m, m_dataset, kPanelW, kPanelH);
        ImGui::Render();
        return a;
    }

    // Opens a collapsed section of the panel, as a click on its header would (after a frame).
    static void openSection(const char* header) {
        ImGuiWindow* w = ImGui::FindWindowByName("Corridor");
        ASSERT_NE(w, nullptr);
        w->StateStorage.SetInt(w->GetID(header), 1);
    }

    // Moves there, presses, releases; the actions of all frames together.
    ui::PanelActions click(ui::PanelModel& m, ImVec2 at) {
        ui::PanelActions all;
        for (bool down : {false, true, false, false}) merge(all, frame(m, at, down));
        return all;
    }

private:
    static void merge(ui::PanelActions& a, const ui::PanelActions& b) {
        a.layersChanged |= b.layersChanged;
        a.themeChanged |= b.themeChanged;
        a.projectionChanged |= b.projectionChanged;
        a.resetView |= b.resetView;
        a.clearMessages |= b.clearMessages;
        if (b.goToStep >= 0) a.goToStep = b.goToStep;
        a.exportNow |= b.exportNow;
        a.exportSteps |= b.exportSteps;
        if (!b.openUrl.empty()) a.openUrl = b.openUrl;
        a.addStep |= b.addStep;
        a.deleteStep |= b.deleteStep;
        a.saveStory |= b.saveStory;
    }
    data::Dataset m_dataset;
};

ui::PanelModel baseModel() {
    ui::PanelModel m;
    m.year = 2020.0;
    m.yearMin = 2005.0;
    m.yearMax = 2025.99;
    m.layerTitles = {"Land", "Rivers"};
    m.layerOn = {true, false};
    m.storyPath = "story.toml";
    m.storyTitle = "A story";
    m.stepTitles = {"One", "Two", "Three"};
    m.currentStep = 0;
    return m;
}

// Clicks at (x, y) for y down the panel, each on a fresh panel, until `found` holds for the
// model and actions that click produced. The first y where it does, or nothing.
std::optional<float> probe(
    float x, const std::function<void(ui::PanelModel&)>& setup,
    const std::function<bool(const ui::PanelModel&, const ui::PanelActions&)>& found,
    const char* openHeader = nullptr) {
    for (float y = 2.f; y < 1300.f; y += 3.f) {
        Harness h;
        ui::PanelModel m = baseModel();
        setup(m);
        h.frame(m, ImVec2(-FLT_MAX, -FLT_MAX), false);  // lay out once
        if (openHeader) {
            Harness::openSection(openHeader);
            h.frame(m, ImVec2(-FLT_MAX, -FLT_MAX), false);
        }
        const ui::PanelActions a = h.click(m, ImVec2(x, y));
        if (found(m, a)) return y;
    }
    return std::nullopt;
}

TEST(Panel, IdleFramesChangeNothing) {
    Harness h;
    ui::PanelModel m = baseModel();
    m.playing = true;
    for (int i = 0; i < 5; ++i) {
        const ui::PanelActions a = h.frame(m, ImVec2(-FLT_MAX, -FLT_MAX), false);
        EXPECT_FALSE(a.layersChanged || a.themeChanged || a.projectionChanged || a.resetView ||
                     a.addStep || a.deleteStep || a.saveStory);
        EXPECT_EQ(a.goToStep, -1);
    }
    EXPECT_EQ(m.year, 2020.0);
    EXPECT_TRUE(m.playing);
    EXPECT_TRUE(m.filter.empty());
    EXPECT_EQ(m.layerOn, (std::vector<bool>{true, false}));
}

TEST(Panel, PlayButtonStartsPlayback) {
    const auto y = probe(
        20.f, [](ui::PanelModel&) {},
        [](const ui::PanelModel& m, const ui::PanelActions&) { return m.playing; });
    EXPECT_TRUE(y.has_value());
}

TEST(Panel, ClickingAStepAsksToFlyThere) {
    const auto y = probe(
        80.f, [](ui::PanelModel&) {},
        [](const ui::PanelModel&, const ui::PanelActions& a) { return a.goToStep == 2; });
    ASSERT_TRUE(y.has_value());
    // The step below it is the next row down.
    const auto y1 = probe(
        80.f, [](ui::PanelModel&) {},
        [](const ui::PanelModel&, const ui::PanelActions& a) { return a.goToStep == 1; });
    ASSERT_TRUE(y1.has_value());
    EXPECT_LT(*y1, *y);
}

TEST(Panel, SaveNeedsAStoryFile) {
    // The Save button sits right of "Add this view" and "Delete step".
    auto saves = [](const ui::PanelModel&, const ui::PanelActions& a) { return a.saveStory; };
    std::optional<float> x;
    for (float probeX = 120.f; probeX < 290.f && !x; probeX += 15.f) {
        if (probe(
                probeX, [](ui::PanelModel&) {}, saves))
            x = probeX;
    }
    ASSERT_TRUE(x.has_value());
    // Without a file the button is disabled: the same click saves nothing.
    EXPECT_FALSE(probe(
                     *x, [](ui::PanelModel& m) { m.storyPath.clear(); }, saves)
                     .has_value());
}

TEST(Panel, AddingTheViewIsAnAction) {
    EXPECT_TRUE(probe(
                    40.f, [](ui::PanelModel&) {},
                    [](const ui::PanelModel&, const ui::PanelActions& a) { return a.addStep; })
                    .has_value());
}

TEST(Panel, DraggingTheYearPausesAndSnapsToAWholeYear) {
    // Find the slider: a click on it moves the year.
    const auto y = probe(
        150.f, [](ui::PanelModel&) {},
        [](const ui::PanelModel& m, const ui::PanelActions&) {
            return m.year != 2020.0 && m.year != 2020.01;
        });
    ASSERT_TRUE(y.has_value());
    Harness h;
    ui::PanelModel m = baseModel();
    m.playing = true;
    h.frame(m, ImVec2(-FLT_MAX, -FLT_MAX), false);
    h.frame(m, ImVec2(100.f, *y), false);
    h.frame(m, ImVec2(100.f, *y), true);
    for (float x = 100.f; x <= 220.f; x += 10.f) {
        h.frame(m, ImVec2(x, *y), true);
        EXPECT_FALSE(m.playing);
    }
    h.frame(m, ImVec2(220.f, *y), false);
    h.frame(m, ImVec2(220.f, *y), false);
    EXPECT_EQ(m.year, std::round(m.year)) << "released on a whole year";
    EXPECT_GT(m.year, 2010.0);
}

TEST(Panel, ClickingAnEventTickJumpsToIt) {
    // An event at the slider's first year sits at its left end, whatever the panel's width.
    const auto y = probe(
        15.f,
        [](ui::PanelModel& m) {
            m.events = {{2005.0, "An event", "1 January 2005"}};
        },
        [](const ui::PanelModel& m, const ui::PanelActions&) {
            return std::abs(m.year - 2005.01) < 1e-9;
        });
    EXPECT_TRUE(y.has_value());
}

TEST(Panel, ExportButtonAsksForTheExport) {
    const auto y = probe(
        40.f, [](ui::PanelModel&) {},
        [](const ui::PanelModel&, const ui::PanelActions& a) { return a.exportNow; }, "Export");
    ASSERT_TRUE(y.has_value());
    // While an export runs the button is disabled.
    EXPECT_FALSE(probe(
                     40.f, [](ui::PanelModel& m) { m.exportProgress = 0.5f; },
                     [](const ui::PanelModel&, const ui::PanelActions& a) { return a.exportNow; },
                     "Export")
                     .has_value());
}

TEST(ExportPresets, PaperSizesAt300Dpi) {
    const auto& p = ui::exportPresets();
    auto find = [&](const std::string& prefix) {
        for (const auto& x : p) {
            if (std::string(x.name).rfind(prefix, 0) == 0) return x;
        }
        ADD_FAILURE() << prefix;
        return p.front();
    };
    // ISO 216: A4 297 x 210 mm, A3 420 x 297 mm, at 300 dpi, landscape.
    EXPECT_EQ(find("A4").widthPx, static_cast<int>(std::lround(297 / 25.4 * 300)));
    EXPECT_EQ(find("A4").heightPx, static_cast<int>(std::lround(210 / 25.4 * 300)));
    EXPECT_EQ(find("A3").widthPx, static_cast<int>(std::lround(420 / 25.4 * 300)));
    EXPECT_EQ(find("A3").heightPx, static_cast<int>(std::lround(297 / 25.4 * 300)));
    EXPECT_EQ(find("A3").dpi, 300.f);
    EXPECT_EQ(find("7680").heightPx, 4320);
    EXPECT_EQ(find("Window").widthPx, 0);
}

}  // namespace

TEST(Panel, ExportAllStepsNeedsAStory) {
    auto asks = [](const ui::PanelModel&, const ui::PanelActions& a) { return a.exportSteps; };
    std::optional<float> x;
    for (float probeX = 100.f; probeX < 290.f && !x; probeX += 15.f) {
        if (probe(
                probeX, [](ui::PanelModel&) {}, asks, "Export"))
            x = probeX;
    }
    ASSERT_TRUE(x.has_value());
    // No steps, or an export running: the button is disabled.
    EXPECT_FALSE(probe(
                     *x, [](ui::PanelModel& m) { m.stepTitles.clear(); }, asks, "Export")
                     .has_value());
    EXPECT_FALSE(probe(
                     *x, [](ui::PanelModel& m) { m.exportProgress = 0.f; }, asks, "Export")
                     .has_value());
}

// The panel's colours are the theme's palette, as the manifest gives it: a light panel
// background gets ImGui's light base style, a dark one the dark base.
TEST(Panel, StyleColoursComeFromTheThemesPalette) {
    Harness h;
    ui::PanelModel m;
    scene::Theme light;
    light.name = "light";
    light.colours.push_back({&scene::Palette::uiWindowBg, {0.95f, 0.9f, 0.85f, 0.96f}});
    m.themes.push_back(light);
    m.theme = "print";
    const scene::Palette palette = ui::panelPalette(m);
    EXPECT_EQ(palette.uiWindowBg, (scene::Rgba{0.95f, 0.9f, 0.85f, 0.96f}));
    EXPECT_EQ(palette.uiLink, scene::builtinPalette("light").uiLink);
    ui::applyPanelStyle(palette, 1.f);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    EXPECT_EQ(bg.x, 0.95f);
    EXPECT_EQ(bg.w, 0.96f);
    ImGuiStyle lightBase, darkBase;
    ImGui::StyleColorsLight(&lightBase);
    ImGui::StyleColorsDark(&darkBase);
    EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_Text].x, lightBase.Colors[ImGuiCol_Text].x);
    ui::applyPanelStyle(scene::builtinPalette("dark"), 1.f);
    EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_Text].x, darkBase.Colors[ImGuiCol_Text].x);
    EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_CheckMark].x,
              scene::builtinPalette("dark").uiCheckMark.r);
}

TEST(Panel, PanelCardsAndMenusAreOpaqueEnoughToRead) {
    Harness h;
    for (const char* theme : {"dark", "light"}) {
        ui::applyPanelStyle(scene::builtinPalette(theme), 1.f);
        const ImGuiStyle& style = ImGui::GetStyle();
        EXPECT_GE(style.Alpha, 0.94f) << theme;
        EXPECT_GE(style.Colors[ImGuiCol_WindowBg].w, 0.94f) << theme;  // panel, cards, overlays
        EXPECT_GE(style.Colors[ImGuiCol_PopupBg].w, 0.94f) << theme;   // tooltips, menus
    }
    EXPECT_GE(ui::kCardBgAlpha, 0.94f);
}

TEST(PinnedCard, SitsBesideTheClickInsideTheMap) {
    // The map beside a 300 px panel, in a 1600 x 900 window.
    ui::CardPlacement p{ImVec2(800.f, 400.f), ImVec2(300.f, 0.f), ImVec2(1600.f, 900.f)};
    const ImVec2 size(360.f, 240.f);
    ImVec2 at = ui::pinnedCardPos(p, size);
    // Below and right of the click, near it.
    EXPECT_GT(at.x, 800.f);
    EXPECT_GT(at.y, 400.f);
    EXPECT_LT(at.x, 840.f);
    EXPECT_LT(at.y, 440.f);
    // Near the right and bottom edges it turns to the left and above, still beside the click.
    p.anchor = ImVec2(1500.f, 850.f);
    at = ui::pinnedCardPos(p, size);
    EXPECT_LE(at.x + size.x, 1500.f);
    EXPECT_LE(at.y + size.y, 850.f);
    // A click next to the panel never puts the card over it (nor over the window's top).
    p.anchor = ImVec2(305.f, 5.f);
    at = ui::pinnedCardPos(p, ImVec2(360.f, 1000.f));
    EXPECT_GE(at.x, 300.f);
    EXPECT_GE(at.y, 0.f);
    p.anchor = ImVec2(1590.f, 450.f);
    at = ui::pinnedCardPos(p, size);
    EXPECT_GE(at.x, 300.f);
    EXPECT_LE(at.x + size.x, 1600.f);
}
