// Render tests of the timeline layers (arcs, corridor route, markers) on a synthetic scene built
// in code, time fixed: golden images per theme and year, known pixels, and the promises that
// only uniforms change with time and that draw calls do not grow with the number of arcs.
#include "gl_test_context.h"
#include "golden.h"
#include "render/arc_layer.h"
#include "render/marker_layer.h"
#include "render/readback.h"
#include "render/route_layer.h"
#include "scene/camera.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>

namespace {

constexpr int kTimelineTolerance = 8;
constexpr double kTimelineMaxDiffering = 0.003;
constexpr float kFixedTimeSec = 1.7f;
constexpr int kW = 960, kH = 540;
// Screen density at every size: the goldens show a legible part of a screen-sized frame.
constexpr float kPpt = static_cast<float>(scene::kScreenPixelsPerPoint);

void checkTimelineGolden(const render::Image& actual, const std::string& name) {
    testing_golden::checkGolden(actual, name, kTimelineTolerance, kTimelineMaxDiffering);
}

glm::vec4 hex(unsigned rgb, float a = 1.f) {
    return {((rgb >> 16) & 255) / 255.f, ((rgb >> 8) & 255) / 255.f, (rgb & 255) / 255.f, a};
}

scene::Rgba rgba(unsigned rgb) {
    const glm::vec4 v = hex(rgb);
    return {v.r, v.g, v.b, 1.f};
}

constexpr float kInf = std::numeric_limits<float>::infinity();

// Places of the synthetic corridor, in map-plane metres (China east, Europe west).
const glm::dvec2 kXian{1800e3, 250e3}, kUrumqi{950e3, 560e3}, kKhorgos{600e3, 500e3},
    kAlmaty{420e3, 430e3}, kTashkent{40e3, 150e3}, kAktau{-320e3, 180e3}, kBaku{-720e3, -20e3},
    kTbilisi{-1020e3, 140e3}, kKars{-1250e3, 20e3}, kIstanbul{-1700e3, 60e3};

scene::ArcInstance arc(glm::dvec2 from, glm::dvec2 to, unsigned color, float widthPt,
                       float yearStart, float bend = scene::kArcBaseBend, uint32_t flags = 0) {
    static uint32_t nextFlow = 0;
    scene::ArcInstance a;
    a.originWorld = from;
    a.destWorld = to;
    a.color = rgba(color);
    a.widthPt = widthPt;
    a.yearStart = yearStart;
    a.bend = bend;
    a.flags = flags;
    a.flowIndex = nextFlow++;
    return a;
}

// A route segment through `points`, bowed by `bow` (share of its length, left of travel) and
// sampled finely, with `along` and its length as scene::buildTimelineGeometry gives them.
scene::RouteSegmentGeometry segment(std::vector<glm::dvec2> points, data::TransportMode mode,
                                    float yearOpen, float yearUpgraded = kInf, double bow = 0.0,
                                    data::SegmentStatus status = data::SegmentStatus::Operating) {
    scene::RouteSegmentGeometry s;
    s.mode = mode;
    s.status = status;
    s.yearOpen = yearOpen;
    s.yearUpgraded = yearUpgraded;
    for (size_t k = 1; k < points.size(); ++k) {
        const glm::dvec2 a = points[k - 1], b = points[k];
        const glm::dvec2 n = glm::dvec2(-(b - a).y, (b - a).x);
        for (int i = k == 1 ? 0 : 1; i <= 24; ++i) {
            const double t = i / 24.0;
            s.path.push_back(a + (b - a) * t + n * (bow * 4.0 * t * (1.0 - t)));
        }
    }
    s.along.push_back(0.f);
    for (size_t k = 1; k < s.path.size(); ++k) {
        s.lengthWorld += glm::length(s.path[k] - s.path[k - 1]);
        s.along.push_back(static_cast<float>(s.lengthWorld));
    }
    for (float& a : s.along) a /= static_cast<float>(s.lengthWorld);
    return s;
}

scene::DestinationMarker marker(glm::dvec2 world, std::vector<std::pair<float, float>> steps) {
    scene::DestinationMarker m;
    m.world = world;
    for (int i = 0; i < scene::kMarkerSamples; ++i) {
        const float year = scene::kMarkerYear0 + i * scene::kMarkerYearStep;
        float v = 0.f;
        for (const auto& [from, amount] : steps)
            if (year >= from) v = amount;
        m.amountUsdAt.push_back(v);
    }
    return m;
}

struct TimelineScene {
    std::vector<scene::ArcInstance> arcs;
    std::vector<scene::RouteSegmentGeometry> route;
    std::vector<scene::RouteNode> nodes;
    std::vector<scene::DestinationMarker> markers;
    double maxAmountUsd = 6e9;
    glm::dvec2 origin{120e3, -40e3};  // not the centre: exercises the origin offset

    // Sector colours (Okabe–Ito) come with the arcs, tuned per theme by the caller.
    explicit TimelineScene(bool dark = true) {
        using data::PlaceKind;
        using data::TransportMode;
        const unsigned kTransport = dark ? 0xE69F00 : 0xD88A00;
        const unsigned kEnergy = dark ? 0x56B4E9 : 0x0072B2;
        const unsigned kOther = dark ? 0xCC79A7 : 0xB8588F;
        arcs.push_back(arc(kXian, kAktau, kTransport, 9.f, 2010.f));
        arcs.push_back(arc(kXian, kAktau, kTransport, 4.f, 2016.f,  // same pair: fans out
                           scene::kArcBaseBend + scene::kArcPairStep));
        arcs.push_back(arc(kUrumqi, kBaku, kEnergy, 14.f, 2008.f));
        arcs.push_back(arc(kXian, kTashkent, kOther, 6.f, 2019.f));
        arcs.push_back(arc(kUrumqi, kTbilisi, kOther, 1.f, 2011.f, scene::kArcBaseBend,
                           scene::kArcUnknownAmount));
        arcs.push_back(
            arc(kXian, kIstanbul, kTransport, 7.f, 2014.f, 0.16f, scene::kArcLowConfidence));
        arcs.push_back(arc(kUrumqi, kAlmaty, kEnergy, 3.f, 2009.f));
        arcs.back().yearEnd = 2016.f;
        arcs.back().flags = scene::kArcEnded;
        arcs.push_back(arc(kXian, kBaku, kEnergy, 5.f, 2025.35f, -0.18f));  // growing in 2025
        // Money not spent: an announced amount (outline), a suspended project (fainter), and a
        // joint venture with China's 50% filled.
        arcs.push_back(arc(kUrumqi, kTashkent, kEnergy, 12.f, 2012.f, 0.3f, scene::kArcUnrealised));
        arcs.push_back(arc(kXian, kTbilisi, kOther, 10.f, 2009.f, -0.12f, scene::kArcHalted));
        arcs.push_back(arc(kXian, kAlmaty, kTransport, 12.f, 2007.f, 0.25f,
                           scene::kArcJointVenture | (50u << scene::kArcShareShift)));

        route.push_back(segment({kXian, kUrumqi, kKhorgos}, TransportMode::Rail, -kInf, 2014.f));
        route.push_back(segment({kKhorgos, kAlmaty, kAktau}, TransportMode::Rail, 2018.f));
        route.push_back(segment({kAktau, kBaku}, TransportMode::Sea, 2010.f, kInf, 0.12));
        route.back().carriesVolume = true;  // the only piece with cargo particles
        route.push_back(segment({kBaku, kTbilisi, kKars}, TransportMode::Rail, 2017.f));
        route.push_back(segment({kAlmaty, kTashkent}, TransportMode::Road, 2008.f));
        route.push_back(segment({kKars, kIstanbul}, TransportMode::Rail, -kInf, kInf, 0.05,
                                data::SegmentStatus::Planned));

        auto node = [&](glm::dvec2 w, PlaceKind kind, float year) {
            scene::RouteNode n;
            n.world = w;
            n.kind = kind;
            n.yearFirstOpen = year;
            nodes.push_back(n);
        };
        node(kXian, PlaceKind::Capital, -kInf);
        node(kUrumqi, PlaceKind::City, -kInf);
        node(kKhorgos, PlaceKind::BorderCrossing, -kInf);
        node(kAlmaty + glm::dvec2(0, -70e3), PlaceKind::DryPort, 2018.f);
        node(kAktau, PlaceKind::Port, 2010.f);
        node(kBaku, PlaceKind::Port, 2010.f);
        node(kTbilisi, PlaceKind::City, 2017.f);
        node(kKars + glm::dvec2(60e3, 50e3), PlaceKind::BorderCrossing, 2017.f);
        node(kIstanbul, PlaceKind::Site, -kInf);
        markers.push_back(marker(kAktau, {{2010.f, 2e9f}, {2016.f, 3e9f}}));
        markers.push_back(marker(kBaku, {{2008.f, 5e9f}, {2024.9f, 6e9f}}));
    }
};

struct Theme {
    unsigned background;
    render::RouteDrawParams route;
    render::MarkerDrawParams markers;
};

Theme theme(bool dark) {
    Theme t;
    t.background = dark ? 0x0f1b26 : 0xf1efe9;
    t.route.railColor = hex(dark ? 0xe4dccb : 0x2f3640);
    t.route.seaColor = hex(dark ? 0x7fcfe6 : 0x1f78a4);
    t.route.roadColor = hex(dark ? 0xd8bd83 : 0x8c6a33);
    t.route.casingColor = dark ? hex(0x06101a, 0.85f) : hex(0xffffff, 0.9f);
    t.route.particleColor = dark ? hex(0xffc53d) : hex(0xffd34d);
    t.markers.nodeFill = hex(dark ? 0xf7f3ea : 0xffffff);
    t.markers.nodeStroke = hex(dark ? 0x101820 : 0x2f3640);
    t.markers.destFill = dark ? hex(0xffd166, 0.22f) : hex(0xd1495b, 0.18f);
    t.markers.destStroke = dark ? hex(0xffd166, 0.95f) : hex(0xb8324a, 0.95f);
    return t;
}

class TimelineRenderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
        std::string err;
        arcs = render::ArcLayer::create(&err);
        ASSERT_TRUE(arcs) << err;
        route = render::RouteLayer::create(&err);
        ASSERT_TRUE(route) << err;
        markers = render::MarkerLayer::create(&err);
        ASSERT_TRUE(markers) << err;
    }
    void upload(const TimelineScene& s) {
        arcs->upload(s.arcs, s.origin);
        route->upload(s.route, s.origin);
        markers->upload(s.nodes, s.markers, s.maxAmountUsd, s.origin);
    }
    // Draws the three layers over a plain background; returns the draw calls they issued.
    int drawFrame(const render::RenderTarget& target, const scene::Camera& cam, glm::dvec2 origin,
                  bool dark, float year, float flowDensity, float timeSec = kFixedTimeSec,
                  int highlightFlow = -1) {
        const int w = target.width(), h = target.height();
        const glm::vec4 bg = hex(theme(dark).background);
        glBindFramebuffer(GL_FRAMEBUFFER, target.drawFramebuffer());
        glViewport(0, 0, w, h);
        glClearColor(bg.r, bg.g, bg.b, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        const glm::mat4 mvp = cam.clipFromLocal(origin, glm::dvec2(w, h));
        const glm::vec2 viewport(w, h);
        const float ppt = kPpt;
        Theme t = theme(dark);
        t.route.mvp = t.markers.mvp = mvp;
        t.route.viewportPx = t.markers.viewportPx = viewport;
        t.route.pixelsPerPoint = t.markers.pixelsPerPoint = ppt;
        t.route.year = t.markers.year = year;
        t.route.timeSec = timeSec;
        t.route.flowDensity = flowDensity;
        render::ArcDrawParams a;
        a.mvp = mvp;
        a.viewportPx = viewport;
        a.pixelsPerPoint = ppt;
        a.year = year;
        a.timeSec = timeSec;
        a.highlightFlow = highlightFlow;
        int calls = route->draw(t.route);
        calls += arcs->draw(a);
        calls += markers->draw(t.markers);
        target.resolve();
        return calls;
    }
    static scene::Camera sceneCamera(int w, int h) {
        return scene::fitCamera({-1850e3, -380e3}, {1950e3, 900e3}, {w, h});
    }
    render::Image render(const TimelineScene& s, bool dark, float year, float flowDensity) {
        std::string err;
        render::RenderTarget target(kW, kH, 0, &err);
        EXPECT_TRUE(target.valid()) << err;
        drawFrame(target, sceneCamera(kW, kH), s.origin, dark, year, flowDensity);
        return render::readResolved(target);
    }

    static std::unique_ptr<testing_gl::Context> s_context;
    std::unique_ptr<render::ArcLayer> arcs;
    std::unique_ptr<render::RouteLayer> route;
    std::unique_ptr<render::MarkerLayer> markers;
};
std::unique_ptr<testing_gl::Context> TimelineRenderTest::s_context;

// The caller's flow density: cargo volume grows over the years.
float densityFor(float year) {
    return year < 2015.f ? 0.15f : year < 2020.f ? 0.4f : 1.f;
}

TEST_F(TimelineRenderTest, GoldenImagesPerThemeAndYear) {
    for (bool dark : {true, false}) {
        TimelineScene s(dark);
        upload(s);
        for (int year : {2012, 2018, 2025}) {
            const float y = static_cast<float>(year) + 0.5f;  // mid-year: openings half built
            checkTimelineGolden(
                render(s, dark, y, densityFor(y)),
                std::string("timeline_") + (dark ? "dark_" : "light_") + std::to_string(year));
        }
    }
}

// Pixel of a map-plane point in a readback (top row first, like Camera::pxOf).
const uint8_t* pixelAt(const render::Image& img, const scene::Camera& cam, glm::dvec2 world) {
    const glm::dvec2 px = cam.pxOf(world, {img.width, img.height});
    return img.pixel(static_cast<int>(px.x), static_cast<int>(px.y));
}

bool isBackground(const uint8_t* p, unsigned bg) {
    const int rgb[3] = {static_cast<int>((bg >> 16) & 255), static_cast<int>((bg >> 8) & 255),
                        static_cast<int>(bg & 255)};
    for (int c = 0; c < 3; ++c)
        if (std::abs(p[c] - rgb[c]) > 3) return false;
    return true;
}

// The arc curve (the shader's and scene::arcPoint's formula): control point 2 * bend * chord
// left of the chord's midpoint.
glm::dvec2 arcAt(const scene::ArcInstance& a, double t) {
    const glm::dvec2 chord = a.destWorld - a.originWorld;
    const glm::dvec2 c = 0.5 * (a.originWorld + a.destWorld) +
                         glm::dvec2(-chord.y, chord.x) * (2.0 * static_cast<double>(a.bend));
    return (1 - t) * (1 - t) * a.originWorld + 2 * t * (1 - t) * c + t * t * a.destWorld;
}

TEST_F(TimelineRenderTest, ArcAbsentBeforeItsStartAndGrowsFromItsOrigin) {
    TimelineScene one;
    one.arcs = {arc({-1000e3, 0}, {1000e3, 0}, 0xE69F00, 8.f, 2019.f)};
    one.route.clear();
    one.nodes.clear();
    one.markers.clear();
    upload(one);
    const scene::Camera cam = sceneCamera(kW, kH);
    const unsigned bg = theme(true).background;
    const glm::dvec2 mid = arcAt(one.arcs[0], 0.5);
    EXPECT_TRUE(isBackground(pixelAt(render(one, true, 2012.f, 0.f), cam, mid), bg));
    EXPECT_FALSE(isBackground(pixelAt(render(one, true, 2025.f, 0.f), cam, mid), bg));
    // Shortly after its start only the first part is drawn.
    const render::Image early = render(one, true, 2019.05f, 0.f);
    EXPECT_FALSE(isBackground(pixelAt(early, cam, arcAt(one.arcs[0], 0.15)), bg));
    EXPECT_TRUE(isBackground(pixelAt(early, cam, mid), bg));
}

TEST_F(TimelineRenderTest, SegmentOpeningIn2018IsHalfDrawnAt2018Point5) {
    TimelineScene one;
    one.arcs.clear();
    one.nodes.clear();
    one.markers.clear();
    one.route = {segment({{-1400e3, 300e3}, {1400e3, 300e3}}, data::TransportMode::Rail, 2018.f)};
    upload(one);
    const scene::Camera cam = sceneCamera(kW, kH);
    const unsigned bg = theme(false).background;
    const render::Image img = render(one, false, 2018.5f, 0.f);
    EXPECT_FALSE(isBackground(pixelAt(img, cam, {-1400e3 + 0.25 * 2800e3, 300e3}), bg));
    EXPECT_FALSE(isBackground(pixelAt(img, cam, {-1400e3 + 0.45 * 2800e3, 300e3}), bg));
    EXPECT_TRUE(isBackground(pixelAt(img, cam, {-1400e3 + 0.56 * 2800e3, 300e3}), bg));
    EXPECT_TRUE(isBackground(pixelAt(img, cam, {-1400e3 + 0.75 * 2800e3, 300e3}), bg));
    EXPECT_TRUE(isBackground(pixelAt(render(one, false, 2017.9f, 0.f), cam, {-1300e3, 300e3}), bg));
    EXPECT_FALSE(isBackground(pixelAt(render(one, false, 2019.f, 0.f), cam, {1300e3, 300e3}), bg));
}

// The default map's 2013 and 2018 must not show a line whose works began later (Bakhty-Ayagoz
// from Dec 2023), nor a crossing after it closed; the shader follows routeDrawnAt.
TEST_F(TimelineRenderTest, UnbuiltAndClosedSegmentsAreNotDrawn) {
    TimelineScene one;
    one.arcs.clear();
    one.nodes.clear();
    one.markers.clear();
    one.route = {segment({{-1400e3, 300e3}, {1400e3, 300e3}}, data::TransportMode::Rail, 2023.97f,
                         kInf, 0.0, data::SegmentStatus::UnderConstruction),
                 segment({{-1400e3, -200e3}, {1400e3, -200e3}}, data::TransportMode::Sea, -kInf)};
    one.route[1].yearClosed = 2019.f;  // shown through 2018
    upload(one);
    const scene::Camera cam = sceneCamera(kW, kH);
    const unsigned bg = theme(true).background;
    auto drawnAlong = [&](const render::Image& img, double y) {
        int hits = 0;  // dashed lines: sample many points along the line
        for (int i = 1; i < 60; ++i) {
            hits += !isBackground(pixelAt(img, cam, {-1400e3 + i * 2800e3 / 60.0, y}), bg);
        }
        return hits;
    };
    for (const float year : {2013.5f, 2018.5f}) {
        const render::Image img = render(one, true, year, 0.f);
        EXPECT_EQ(drawnAlong(img, 300e3), 0) << year;
        EXPECT_GT(drawnAlong(img, -200e3), 10) << year;
        EXPECT_FALSE(scene::routeDrawnAt(one.route[0], year));
    }
    const render::Image later = render(one, true, 2025.5f, 0.f);
    EXPECT_GT(drawnAlong(later, 300e3), 10);
    EXPECT_EQ(drawnAlong(later, -200e3), 0);
    EXPECT_FALSE(scene::routeDrawnAt(one.route[1], 2025.5));
}

TEST_F(TimelineRenderTest, CargoParticlesOnlyWhereTheVolumeIsMeasured) {
    TimelineScene one;
    one.arcs.clear();
    one.nodes.clear();
    one.markers.clear();
    one.route = {segment({{-1400e3, 300e3}, {1400e3, 300e3}}, data::TransportMode::Rail, -kInf)};
    upload(one);
    const render::Image none = render(one, true, 2024.f, 0.f);
    EXPECT_EQ(render::compareImages(none, render(one, true, 2024.f, 1.f), 8).differingPixels, 0u);
    one.route[0].carriesVolume = true;
    upload(one);
    EXPECT_GT(render::compareImages(none, render(one, true, 2024.f, 1.f), 8).differingPixels, 50u);
}

// A thin arc of money not spent is dashed, joint venture or not (Anaklia: announced, 49%); a
// thin realised arc is solid.
TEST_F(TimelineRenderTest, ThinUnspentArcsAreDashedEvenAsJointVentures) {
    const uint32_t jv49 = scene::kArcJointVenture | (49u << scene::kArcShareShift);
    const scene::Camera cam = sceneCamera(kW, kH);
    const unsigned bg = theme(true).background;
    auto gapsAlong = [&](uint32_t flags) {
        TimelineScene one;
        one.route.clear();
        one.nodes.clear();
        one.markers.clear();
        one.arcs = {arc({-1200e3, -100e3}, {1200e3, -100e3}, 0x56B4E9, 2.f, 2010.f, 0.1f, flags)};
        upload(one);
        const render::Image img = render(one, true, 2025.f, 0.f);
        int gaps = 0;
        for (int i = 20; i < 180; ++i)
            gaps += isBackground(pixelAt(img, cam, arcAt(one.arcs[0], i / 200.0)), bg);
        return gaps;
    };
    EXPECT_EQ(gapsAlong(0u), 0);
    EXPECT_EQ(gapsAlong(jv49), 0);
    EXPECT_GT(gapsAlong(scene::kArcUnrealised), 10);
    EXPECT_GT(gapsAlong(scene::kArcUnrealised | jv49), 10);
}

TEST_F(TimelineRenderTest, DestinationMarkerAreaFollowsTheAmount) {
    TimelineScene one;
    one.arcs.clear();
    one.route.clear();
    one.nodes.clear();
    one.markers = {marker({0, 300e3}, {{2010.f, 1.5e9f}, {2020.f, 6e9f}})};
    upload(one);
    const unsigned bg = theme(true).background;
    auto covered = [&](float year) {
        const render::Image img = render(one, true, year, 0.f);
        int n = 0;
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x < img.width; ++x) n += isBackground(img.pixel(x, y), bg) ? 0 : 1;
        return n;
    };
    EXPECT_EQ(covered(2005.f), 0);
    const int quarter = covered(2015.f);
    const int full = covered(2022.f);
    ASSERT_GT(quarter, 0);
    EXPECT_NEAR(static_cast<double>(full) / quarter, 4.0, 0.6);
}

TEST_F(TimelineRenderTest, TimeChangesUploadNothing) {
    TimelineScene s;
    upload(s);
    render::RenderTarget target(160, 90, 0, nullptr);
    for (int i = 0; i < 40; ++i) {
        const float year = 2005.f + 0.5f * static_cast<float>(i);
        drawFrame(target, sceneCamera(160, 90), s.origin, i % 2 == 0, year, densityFor(year),
                  0.25f * static_cast<float>(i));
    }
    EXPECT_EQ(arcs->uploadCount(), 1);
    EXPECT_EQ(route->uploadCount(), 1);
    EXPECT_EQ(markers->uploadCount(), 1);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

TEST_F(TimelineRenderTest, HighlightBrightensOneArcAndDimsTheOthers) {
    TimelineScene two;
    two.arcs = {arc({-1000e3, 600e3}, {1000e3, 600e3}, 0x56B4E9, 8.f, 2000.f, 0.f),
                arc({-1000e3, 0}, {1000e3, 0}, 0x56B4E9, 8.f, 2000.f, 0.f)};
    two.route.clear();
    two.nodes.clear();
    two.markers.clear();
    upload(two);
    const scene::Camera cam = sceneCamera(kW, kH);
    render::RenderTarget target(kW, kH, 0, nullptr);
    auto green = [&](int highlight, glm::dvec2 at) {
        drawFrame(target, cam, two.origin, true, 2020.f, 0.f, 0.f, highlight);
        return static_cast<int>(pixelAt(render::readResolved(target), cam, at)[1]);
    };
    const uint32_t first = two.arcs[0].flowIndex;
    const glm::dvec2 onFirst{600e3, 600e3}, onSecond{600e3, 0};
    EXPECT_GT(green(static_cast<int>(first), onFirst), green(-1, onFirst));
    EXPECT_LT(green(static_cast<int>(first), onSecond), green(-1, onSecond));
}

std::vector<scene::ArcInstance> randomArcs(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> x(-1800e3, 1900e3), y(-350e3, 880e3);
    std::uniform_real_distribution<float> width(1.f, 12.f), year(2000.f, 2026.f);
    const unsigned colors[3] = {0xE69F00, 0x56B4E9, 0xCC79A7};
    std::vector<scene::ArcInstance> arcsOut;
    arcsOut.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        arcsOut.push_back(arc({x(rng), y(rng)}, {x(rng), y(rng)}, colors[i % 3], width(rng),
                              year(rng), scene::kArcBaseBend, static_cast<uint32_t>(i % 7 == 0)));
    }
    return arcsOut;
}

TEST_F(TimelineRenderTest, DrawCallsDoNotGrowWithTheNumberOfArcs) {
    TimelineScene s;
    render::RenderTarget target(160, 90, 0, nullptr);
    int calls[2] = {0, 0};
    const size_t sizes[2] = {10, 10000};
    for (int k = 0; k < 2; ++k) {
        s.arcs = randomArcs(sizes[k], 7);
        upload(s);
        calls[k] = drawFrame(target, sceneCamera(160, 90), s.origin, true, 2020.f, 0.5f);
    }
    EXPECT_EQ(calls[0], calls[1]);
    EXPECT_EQ(calls[0], 4);  // route, arcs, destination markers, nodes
}

TEST_F(TimelineRenderTest, StressFrameWith100kArcs) {
    TimelineScene s;
    s.arcs = randomArcs(100000, 11);
    upload(s);
    std::string err;
    render::RenderTarget target(1920, 1080, 0, &err);
    ASSERT_TRUE(target.valid()) << err;
    EXPECT_EQ(drawFrame(target, sceneCamera(1920, 1080), s.origin, true, 2025.f, 1.f), 4);
    const render::Image img = render::readResolved(target);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
    EXPECT_FALSE(isBackground(img.pixel(960, 540), theme(true).background));
}

}  // namespace
