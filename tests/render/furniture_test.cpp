// The presenter's furniture through MapRenderer: an edge indicator is drawn at the frame's edge
// when the flows' origin is off screen (and nothing changes when it is on screen); with projector
// text at 1920x1080 the caption body is at least 3.5% of the height, and a story step's box
// framed around the furniture the renderer measures is clear of all of it.
#include "gl_test_context.h"
#include "render/map_renderer.h"
#include "render/readback.h"
#include "scene/story.h"
#include "test_fonts.h"

#include <gtest/gtest.h>

#include <memory>

namespace {

using testing_fonts::findFont;

data::Place place(const std::string& id, const std::string& name, double lon, double lat) {
    data::Place p;
    p.id = id;
    p.name = name;
    p.country = "KAZ";
    p.lon = lon;
    p.lat = lat;
    return p;
}

data::Flow flow(const std::string& id, const std::string& to, double amount, int year) {
    data::Flow f;
    f.id = id;
    f.originId = "beijing";
    f.destinationId = to;
    f.amountUsd = amount;
    f.amountKind = data::AmountKind::TotalCost;
    f.yearStart = year;
    f.status = data::ProjectStatus::Operating;
    f.sector = data::Sector::OilGasEnergy;
    return f;
}

class FurnitureTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
        std::string err;
        m_renderer = render::MapRenderer::create(&err);
        ASSERT_TRUE(m_renderer) << err;
        auto proj = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
        ASSERT_TRUE(proj) << err;
        m_projection = std::make_unique<geo::Projection>(std::move(*proj));
        scene::MapData map;
        map.layers.push_back(scene::LayerDef{});
        map.layers.back().kind = scene::LayerKind::Background;
        map.geometry.emplace_back();
        m_renderer->setMap(
            map, {{"dark", {0.05f, 0.1f, 0.15f, 1.f}, {0.02f, 0.05f, 0.08f, 1.f}, {}, 0.f}});
        data::DatasetTables t;
        t.places = {place("beijing", "Beijing", 116.4, 39.9), place("almaty", "Almaty", 76.9, 43.2),
                    place("tashkent", "Tashkent", 69.24, 41.3)};
        t.flows = {flow("a", "almaty", 3e9, 2010), flow("b", "tashkent", 1e9, 2012)};
        m_dataset = std::make_unique<data::Dataset>(std::move(t), 0);
        const scene::TimelineGeometry timeline =
            scene::buildTimelineGeometry(*m_dataset, *m_projection);
        m_renderer->setTimeline(timeline, scene::VolumeSeries{},
                                {data::Sector::OilGasEnergy, data::Sector::OilGasEnergy},
                                m_dataset.get());
        const std::string regular = findFont("Noto Sans"), bold = findFont("Noto Sans:bold");
        ASSERT_FALSE(regular.empty()) << "no font (fonts-noto-core)";
        ASSERT_TRUE(m_renderer->setFonts(regular, bold.empty() ? regular : bold, &err)) << err;
    }
    scene::FrameSpec frame(int w, int h, geo::LonLatBox box) const {
        scene::FrameSpec spec;
        spec.widthPx = w;
        spec.heightPx = h;
        spec.pixelsPerPoint = scene::pixelsPerPointForSize(w, h);
        spec.year = 2020.0;
        glm::dvec2 lo, hi;
        m_projection->boundsOf(box, &lo, &hi);
        spec.camera = scene::fitCamera(lo, hi, glm::dvec2(w, h));
        spec.timeline.legend = false;
        spec.overlays.scaleBar = spec.overlays.attribution = false;
        return spec;
    }
    render::Image draw(const scene::FrameSpec& spec) {
        std::string err;
        render::RenderTarget target(spec.widthPx, spec.heightPx, 0, &err);
        EXPECT_TRUE(target.valid()) << err;
        m_renderer->draw(spec, target);
        return render::readResolved(target);
    }
    // Pixels that differ between two images inside the columns [x0, x1).
    static int differing(const render::Image& a, const render::Image& b, int x0, int x1) {
        int n = 0;
        for (int y = 0; y < a.height; ++y)
            for (int x = x0; x < x1; ++x)
                for (int c = 0; c < 4; ++c) {
                    const size_t i = (static_cast<size_t>(y) * a.width + x) * 4 + c;
                    if (std::abs(a.rgba[i] - b.rgba[i]) > 8) {
                        ++n;
                        break;
                    }
                }
        return n;
    }
    static std::unique_ptr<testing_gl::Context> s_context;
    std::unique_ptr<render::MapRenderer> m_renderer;
    std::unique_ptr<geo::Projection> m_projection;
    std::unique_ptr<data::Dataset> m_dataset;
};
std::unique_ptr<testing_gl::Context> FurnitureTest::s_context;

TEST_F(FurnitureTest, OffScreenOriginGetsAnIndicatorAtTheRightEdgeOnly) {
    // Almaty and Tashkent in view, Beijing far east of it.
    scene::FrameSpec spec = frame(640, 360, {60.0, 36.0, 82.0, 48.0});
    spec.overlays.edgeIndicators = false;
    const render::Image without = draw(spec);
    spec.overlays.edgeIndicators = true;
    const render::Image with = draw(spec);
    ASSERT_EQ(with.width, 640);
    // The arrow and its card ("Beijing · ... km", "2 flows", "$4 bn total cost") at the right.
    EXPECT_GT(differing(with, without, 440, 640), 200);
    EXPECT_EQ(differing(with, without, 0, 320), 0);
}

TEST_F(FurnitureTest, NoIndicatorWhenTheOriginIsOnScreen) {
    scene::FrameSpec spec = frame(640, 360, {55.0, 25.0, 125.0, 55.0});
    spec.overlays.edgeIndicators = false;
    const render::Image without = draw(spec);
    spec.overlays.edgeIndicators = true;
    EXPECT_EQ(differing(draw(spec), without, 0, 640), 0);
}

TEST_F(FurnitureTest, ProjectorCaptionIsLargeAndTheStepBoxIsClearOfTheFurniture) {
    constexpr int kW = 1920, kH = 1080;
    scene::FrameSpec spec = frame(kW, kH, {46.0, 36.0, 90.0, 55.5});
    spec.timeline.legend = true;
    spec.overlays.scaleBar = spec.overlays.attribution = true;
    spec.overlays.title = "China, Central Asia and the Middle Corridor";
    spec.overlays.captionTitle = "Building the corridor";
    spec.overlays.caption =
        "Kazakhstan builds its own lines: the Khorgos-Altynkol crossing and Zhezkazgan-Beyneu; "
        "Kuryk's ferry port opens in 2016. The first container train crosses the Caspian from "
        "Aktau in July 2015, ferries run to Alat from 2017, and the Baku-Tbilisi-Kars railway "
        "opens on 30 October 2017.";
    const std::vector<scene::ScreenRect> normal = m_renderer->furnitureCoverPx(spec);
    spec.overlays.textScale =
        scene::textScaleFor(scene::TextSize::Projector, kH, spec.pixelsPerPoint);
    // The caption body as the card sets it: at least 3.5% of the screen's height.
    const double bodyPx = scene::kCaptionBodyPt * spec.pixelsPerPoint * spec.overlays.textScale;
    EXPECT_GE(bodyPx, 0.035 * kH);
    EXPECT_LT(bodyPx, 0.037 * kH);
    const std::vector<scene::ScreenRect> covered = m_renderer->furnitureCoverPx(spec);
    // The caption card (the tallest box at the bottom left) holds its lines at that size.
    auto caption = [](const std::vector<scene::ScreenRect>& rects) {
        scene::ScreenRect best{};
        for (const auto& r : rects)
            if (r.x0 < 100.0 && r.y1 > 540.0 && r.height() > best.height()) best = r;
        return best;
    };
    const scene::ScreenRect card = caption(covered);
    EXPECT_GE(card.height(), 1.4 * 2.0 * bodyPx + 1.25 * bodyPx);  // title and two lines at least
    EXPECT_GT(card.height(), 1.8 * caption(normal).height());
    // The step's box, framed like fitBounds with padding, lies where no furniture is.
    glm::dvec2 lo, hi;
    m_projection->boundsOf({38.0, 36.5, 84.0, 50.5}, &lo, &hi);
    const double pad = 10.0 * spec.pixelsPerPoint;
    const scene::Camera cam = scene::fitCameraInside(lo, hi, glm::dvec2(kW, kH), covered, pad);
    const glm::dvec2 a = cam.pxOf(lo, {kW, kH}), b = cam.pxOf(hi, {kW, kH});
    const scene::ScreenRect box{std::min(a.x, b.x) + 1e-6, std::min(a.y, b.y) + 1e-6,
                                std::max(a.x, b.x) - 1e-6, std::max(a.y, b.y) - 1e-6};
    EXPECT_GE(box.x0, 0.0);
    EXPECT_GE(box.y0, 0.0);
    EXPECT_LE(box.x1, kW);
    EXPECT_LE(box.y1, kH);
    EXPECT_GT(box.width(), 0.4 * kW);  // and not shrunk to nothing
    for (const auto& f : covered) {
        const bool overlap = box.x0 < f.x1 && f.x0 < box.x1 && box.y0 < f.y1 && f.y0 < box.y1;
        EXPECT_FALSE(overlap) << "furniture " << f.x0 << "," << f.y0 << " - " << f.x1 << ","
                              << f.y1;
    }
}

}  // namespace
