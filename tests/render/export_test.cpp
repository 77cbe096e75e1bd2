// Tiled export on a synthetic scene built in code: a frame drawn as tiles (camera sub-windows)
// equals the same frame drawn whole, with the sea gradient, the vignette and the legend laid out
// on the whole frame; transparent frames stay transparent; the streamed PNG writer records its
// DPI and leaves no file when it fails. Fonts from fontconfig (Noto Sans).
#include "app/export_frames.h"
#include "geo/triangulate.h"
#include "gl_test_context.h"
#include "render/export_png.h"
#include "render/export_tiles.h"
#include "render/readback.h"
#include "test_fonts.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>

namespace {

namespace fs = std::filesystem;

using testing_fonts::findFont;

scene::LayerStyle lineStyle(const char* color, float widthPt, float blurPt = 0.f,
                            std::vector<float> dash = {}) {
    scene::LayerStyle s;
    s.stroke = scene::parseColor(color);
    s.strokeWidthPt = widthPt;
    s.blurPt = blurPt;
    s.dashPt = std::move(dash);
    s.markerSizePt = 9.f;
    return s;
}

// Sea, a land polygon with a coast, a glowing shore, a dashed border and towns, under arcs, a
// route and the legend: everything that could show a seam.
struct Scene {
    scene::MapData map;
    std::vector<scene::Theme> themes{
        {"dark", *scene::parseColor("#10263a"), *scene::parseColor("#08131f"), {}, 0.35f}};
    scene::TimelineGeometry timeline;

    Scene() {
        auto add = [&](scene::LayerKind kind, scene::LayerStyle style) {
            scene::LayerDef d;
            d.id = "layer" + std::to_string(map.layers.size());
            d.kind = kind;
            d.styles["dark"] = std::move(style);
            map.layers.push_back(d);
            map.geometry.emplace_back();
            return &map.geometry.back();
        };
        add(scene::LayerKind::Background, {});
        const geo::Path ring{
            {-80e3, -50e3}, {-80e3, 50e3}, {70e3, 45e3}, {80e3, -50e3}, {-80e3, -50e3}};
        scene::LayerGeometry* glow = add(scene::LayerKind::Line, lineStyle("#4f9cc0", 12, 12));
        glow->features.push_back({});
        glow->lines.push_back(ring);
        glow->lineFeature.push_back(0);
        scene::LayerStyle landStyle = lineStyle("#7fb6d3", 1.f);
        landStyle.fill = scene::parseColor("#2b2f33");
        scene::LayerGeometry* land = add(scene::LayerKind::Polygon, landStyle);
        geo::GeosContext ctx;
        land->features.push_back({});
        const geo::Mesh m = geo::triangulate(ctx, geo::Polygon{ring, {}});
        land->vertexFeature.assign(m.positions.size(), 0);
        land->fill.append(m);
        land->lines.push_back(ring);
        land->lineFeature.push_back(0);
        scene::LayerGeometry* border =
            add(scene::LayerKind::Line, lineStyle("#d9c9a3", 1.5f, 0.f, {4, 3}));
        border->features.push_back({});
        border->lines.push_back({{-3e3, -50e3}, {5e3, 47e3}});
        border->lineFeature.push_back(0);
        scene::LayerStyle townStyle = lineStyle("#15191d", 1.f);
        townStyle.fill = scene::parseColor("#f3e6c4");
        scene::LayerGeometry* towns = add(scene::LayerKind::Point, townStyle);
        towns->features.push_back({});
        towns->points = {{40e3, 25e3}, {-65e3, -35e3}, {-2e3, 1e3}};
        towns->pointFeature = {0, 0, 0};
        map.boundsMin = {-100e3, -70e3};
        map.boundsMax = {100e3, 70e3};
        map.originWorld = {5e3, -3e3};

        for (int i = 0; i < 6; ++i) {
            scene::ArcInstance a;
            a.originWorld = {70e3, 30e3};
            a.destWorld = {-70e3 + i * 9e3, -35e3 + i * 4e3};
            a.widthPt = 2.f + static_cast<float>(i);
            a.color = scene::sectorColor(data::Sector::OilGasEnergy, "dark");
            a.yearStart = 2008.f;
            a.bend = scene::kArcBaseBend;
            a.flowIndex = static_cast<uint32_t>(i);
            timeline.arcs.push_back(a);
        }
        scene::RouteSegmentGeometry seg;
        seg.path = {{-90e3, 0}, {0, 10e3}, {90e3, 0}};
        seg.along = {0.f, 0.5f, 1.f};
        seg.lengthWorld = 180e3;
        seg.yearOpen = 2010.f;
        timeline.route.push_back(seg);
        timeline.scale.maxAmountUsd = 5e9;
    }
};

class ExportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
        std::string err;
        m_renderer = render::MapRenderer::create(&err);
        ASSERT_TRUE(m_renderer) << err;
        m_renderer->setMap(m_scene.map, m_scene.themes);
        m_renderer->setTimeline(m_scene.timeline, scene::VolumeSeries{});
        const std::string regular = findFont("Noto Sans"), bold = findFont("Noto Sans:bold");
        ASSERT_FALSE(regular.empty()) << "no font (fonts-noto-core)";
        ASSERT_TRUE(m_renderer->setFonts(regular, bold.empty() ? regular : bold, &err)) << err;
    }
    scene::FrameSpec frame(int w, int h) const {
        scene::FrameSpec spec;
        spec.widthPx = w;
        spec.heightPx = h;
        spec.pixelsPerPoint = scene::pixelsPerPointForSize(w, h) * 1.5;
        spec.year = 2020.0;
        spec.animPhase = 1.25;
        spec.camera = scene::fitCamera({-95e3, -60e3}, {95e3, 60e3}, {w, h});
        return spec;
    }
    // The frame through the tiled exporter, gathered into one image.
    render::Image tiled(const scene::FrameSpec& spec, int tilePx) {
        render::Image img;
        img.width = spec.widthPx;
        img.height = spec.heightPx;
        img.rgba.resize(static_cast<size_t>(img.width) * img.height * 4);
        render::TiledExporter exporter(*m_renderer, tilePx);
        std::string err;
        const bool ok = exporter.render(
            spec,
            [&](const uint8_t* rgba, int y0, int rows, std::string*) {
                std::copy(rgba, rgba + static_cast<size_t>(rows) * img.width * 4,
                          img.rgba.begin() + static_cast<std::ptrdiff_t>(y0) * img.width * 4);
                return true;
            },
            nullptr, &err);
        EXPECT_TRUE(ok) << err;
        return img;
    }
    render::Image whole(const scene::FrameSpec& spec) {
        std::string err;
        render::RenderTarget target(spec.widthPx, spec.heightPx, 0, &err);
        EXPECT_TRUE(target.valid()) << err;
        m_renderer->draw(spec, target);
        return render::readResolved(target);
    }
    static void expectSame(const render::Image& a, const render::Image& b, const char* what) {
        const render::ImageDiff d = render::compareImages(a, b, 2);
        ASSERT_TRUE(d.sameSize);
        if (d.differingShare > 0.001) {
            std::string err;
            render::writePng(std::string("export_test_") + what + "_diff.png", d.diff, 0, &err);
            render::writePng(std::string("export_test_") + what + "_tiled.png", a, 0, &err);
        }
        EXPECT_LE(d.differingShare, 0.001)
            << what << ": " << d.differingPixels << " pixels differ (max channel delta "
            << d.maxChannelDelta << ")";
    }
    static std::unique_ptr<testing_gl::Context> s_context;
    Scene m_scene;
    std::unique_ptr<render::MapRenderer> m_renderer;
};
std::unique_ptr<testing_gl::Context> ExportTest::s_context;

TEST(TileGrid, CoversTheFrame) {
    const render::TileGrid g = render::tileGrid(600, 400, 128);
    EXPECT_EQ(g.tileWidthPx, 120);  // five even tiles, none drawn past the frame
    EXPECT_EQ(g.tileHeightPx, 100);
    EXPECT_EQ(g.cols, 5);
    EXPECT_EQ(g.rows, 4);
    const render::TileGrid odd = render::tileGrid(403, 301, 128);
    EXPECT_EQ(odd.tileWidthPx, 104);  // a multiple of 4: the last tile reaches past the edge
    EXPECT_EQ(odd.count(), 4 * 3);
    const render::TileGrid uhd = render::tileGrid(7680, 4320, 4096);
    EXPECT_EQ(uhd.tileWidthPx, 3840);
    EXPECT_EQ(uhd.tileHeightPx, 2160);
    EXPECT_EQ(render::tileGrid(600, 400, 4096).count(), 1);
    EXPECT_EQ(render::tileGrid(20000, 14000, 4096).count(), 5 * 4);

    scene::FrameSpec full;
    full.widthPx = 600;
    full.heightPx = 400;
    full.camera.centerWorld = {1000.0, 2000.0};
    full.camera.metresPerPx = 10.0;
    const scene::FrameSpec t = scene::tileSpec(full, 128, 256, 128, 128);
    // The tile's top-left pixel shows what the frame's pixel (128, 256) shows.
    const glm::dvec2 a = t.camera.worldAt({0, 0}, {128, 128});
    const glm::dvec2 b = full.camera.worldAt({128, 256}, {600, 400});
    EXPECT_NEAR(a.x, b.x, 1e-9);
    EXPECT_NEAR(a.y, b.y, 1e-9);
    EXPECT_EQ(scene::frameSizePx(t), glm::ivec2(600, 400));
    EXPECT_FALSE(scene::sameFrame(t, scene::tileSpec(full, 0, 256, 128, 128)));
}

TEST_F(ExportTest, TiledEqualsWhole) {
    const scene::FrameSpec spec = frame(600, 400);
    const render::Image reference = whole(spec);
    expectSame(tiled(spec, 128), reference, "tiles128");
    expectSame(tiled(spec, 100), reference, "tiles100");  // tiles not a power of two
    // The whole frame again after the tiles: the base map cache changes nothing.
    const render::ImageDiff again = render::compareImages(whole(spec), reference, 0);
    EXPECT_EQ(again.differingPixels, 0u);
}

TEST_F(ExportTest, TransparentWithoutFurnitureTiledEqualsWhole) {
    scene::FrameSpec spec = frame(403, 301);  // odd: the last tiles reach past the frame
    spec.transparent = true;
    spec.timeline.legend = false;
    const render::Image reference = whole(spec);
    EXPECT_EQ(reference.pixel(1, 1)[3], 0) << "a transparent frame has no sea";
    expectSame(tiled(spec, 128), reference, "transparent");
}

// A frame one tile wide is read back and handed out in slices of rows, top to bottom, each once:
// the same pixels as the frame drawn whole.
TEST_F(ExportTest, AFrameOneTileWideIsHandedOutInSlices) {
    const scene::FrameSpec spec = frame(300, 700);
    render::TiledExporter exporter(*m_renderer, 1024);
    render::Image img;
    img.width = spec.widthPx;
    img.height = spec.heightPx;
    img.rgba.resize(static_cast<size_t>(img.width) * img.height * 4);
    int next = 0, slices = 0;
    std::string err;
    ASSERT_TRUE(exporter.render(
        spec,
        [&](const uint8_t* rgba, int y0, int rows, std::string*) {
            EXPECT_EQ(y0, next) << "slices in order, none twice";
            next = y0 + rows;
            ++slices;
            std::copy(rgba, rgba + static_cast<size_t>(rows) * img.width * 4,
                      img.rgba.begin() + static_cast<std::ptrdiff_t>(y0) * img.width * 4);
            return true;
        },
        nullptr, &err))
        << err;
    EXPECT_EQ(next, 700);
    EXPECT_GE(slices, 3);
    EXPECT_EQ(render::compareImages(img, whole(spec), 0).differingPixels, 0u);
}

// The story furniture laid out on the whole frame: a caption card, event cards and a title cross
// tile seams exactly where the whole frame has them.
TEST_F(ExportTest, StoryFurnitureTiledEqualsWhole) {
    scene::FrameSpec spec = frame(600, 400);
    spec.overlays.title = "A story title";
    spec.overlays.subtitle = "and its subtitle";
    spec.overlays.captionTitle = "A step";
    spec.overlays.caption = "A caption long enough to wrap onto a second line in the card.";
    scene::FrameSpec::Callout card;
    card.title = "An event pinned to the middle";
    card.detail = "7 September 2013";
    card.world = spec.camera.centerWorld;
    card.opacity = 0.8f;
    spec.overlays.callouts = {card};
    const render::Image reference = whole(spec);
    expectSame(tiled(spec, 128), reference, "furniture128");
    expectSame(tiled(spec, 100), reference, "furniture100");
}

TEST_F(ExportTest, CancelledExportLeavesNoFile) {
    const fs::path dir = fs::path(::testing::TempDir()) / "export_cancel";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string path = (dir / "map.png").string();
    render::TiledExporter exporter(*m_renderer, 128);
    std::string err;
    int calls = 0;
    EXPECT_FALSE(app::exportPng(exporter, frame(600, 400), path, 96.0, false, &err, nullptr,
                                [&](int done, int total) {
                                    ++calls;
                                    EXPECT_LE(done, total);
                                    return done < 3;  // cancel after the third tile
                                }));
    EXPECT_EQ(err, "cancelled");
    EXPECT_GE(calls, 3);
    EXPECT_TRUE(fs::is_empty(dir)) << "nothing left behind";
    // Not cancelled: the file is there.
    EXPECT_TRUE(app::exportPng(exporter, frame(600, 400), path, 96.0, false, &err, nullptr,
                               [](int, int) { return true; }))
        << err;
    EXPECT_TRUE(fs::exists(path));
    fs::remove_all(dir);
}

// An export of a frame with the sea under everything is an RGB file with the frame's pixels;
// a transparent one keeps its alpha.
TEST_F(ExportTest, AnOpaqueFrameIsExportedWithoutAlpha) {
    const fs::path dir = fs::path(::testing::TempDir()) / "export_rgb";
    fs::create_directories(dir);
    render::TiledExporter exporter(*m_renderer, 256);
    for (const bool transparent : {false, true}) {
        scene::FrameSpec spec = frame(300, 200);
        spec.transparent = transparent;
        EXPECT_EQ(exporter.opaque(spec), !transparent);
        const std::string path = (dir / (transparent ? "rgba.png" : "rgb.png")).string();
        std::string err;
        ASSERT_TRUE(app::exportPng(exporter, spec, path, 96.0, false, &err, nullptr, {})) << err;
        std::ifstream in(path, std::ios::binary);
        std::vector<char> head(26);
        in.read(head.data(), 26);
        EXPECT_EQ(head[25], transparent ? 6 : 2) << "PNG colour type";
        render::Image read;
        ASSERT_TRUE(render::readPng(path, &read, &err)) << err;
        const render::ImageDiff d = render::compareImages(read, tiled(spec, 256), 0);
        EXPECT_EQ(d.differingPixels, 0u) << (transparent ? "transparent" : "opaque");
    }
    fs::remove_all(dir);
}

TEST(PngStream, WritesRowsWithDpiAndLeavesNothingOnFailure) {
    const fs::path dir = fs::path(::testing::TempDir()) / "png_stream";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string path = (dir / "stripes.png").string();
    render::PngStreamWriter png;
    std::string err;
    ASSERT_TRUE(png.open(path, 32, 20, 300.0, &err)) << err;
    std::vector<uint8_t> band(32 * 10 * 4);
    for (int b = 0; b < 2; ++b) {
        std::fill(band.begin(), band.end(), static_cast<uint8_t>(b ? 200 : 50));
        ASSERT_TRUE(png.writeRows(band.data(), 10, &err)) << err;
    }
    ASSERT_TRUE(png.finish(&err)) << err;
    EXPECT_NEAR(render::readPngDpi(path), 300.0, 0.05);
    render::Image img;
    ASSERT_TRUE(render::readPng(path, &img, &err)) << err;
    EXPECT_EQ(img.pixel(5, 3)[0], 50);
    EXPECT_EQ(img.pixel(5, 15)[0], 200);

    {
        render::PngStreamWriter unfinished;
        ASSERT_TRUE(unfinished.open((dir / "half.png").string(), 32, 20, 0, &err));
        ASSERT_TRUE(unfinished.writeRows(band.data(), 10, &err));
    }  // abandoned: nothing left
    render::PngStreamWriter blocked;
    EXPECT_FALSE(blocked.open((dir / "stripes.png" / "x.png").string(), 8, 8, 0, &err));
    EXPECT_NE(err.find("x.png"), std::string::npos) << err;
    size_t files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
    EXPECT_EQ(files, 1u) << "only the finished file";
}

}  // namespace

// Labels are placed once for the whole frame: a tiled export shows each label once, whole, in
// the same place as the untiled frame, even where it straddles a seam.
TEST_F(ExportTest, LabelsTiledEqualsWhole) {
    std::string err;
    const std::string regular = findFont("Noto Sans"), bold = findFont("Noto Sans:bold");
    ASSERT_TRUE(m_renderer->setLabelFonts({regular, bold, findFont("Noto Sans:italic"), ""}, &err))
        << err;
    scene::LabelSet labels;
    auto add = [&](scene::LabelKind kind, const char* text, glm::dvec2 world, bool point) {
        scene::Label l;
        l.kind = kind;
        l.text[0] = text;
        l.world = world;
        l.pointLabel = point;
        l.symbolRadiusPt = point ? 3.f : 0.f;
        l.drawDot = point;
        l.priority = static_cast<int>(labels.labels.size());
        labels.labels.push_back(l);
    };
    add(scene::LabelKind::Country, "KAZAKHSTAN", {0.0, 20e3}, false);
    add(scene::LabelKind::Water, "Caspian Sea", {-60e3, -45e3}, false);
    for (int i = 0; i < 6; ++i)
        add(scene::LabelKind::City, "Seam town", {-80e3 + i * 30e3, -10e3 + i * 9e3}, true);
    m_renderer->setLabels(labels);
    scene::FrameSpec spec = frame(600, 400);
    spec.timeline.legend = false;
    const render::Image reference = whole(spec);
    expectSame(tiled(spec, 128), reference, "labels128");
    expectSame(tiled(spec, 100), reference, "labels100");
    EXPECT_GE(m_renderer->placeLabels(spec).labels.size(), 5u);
    spec.labels.enabled = false;
    EXPECT_GT(render::compareImages(whole(spec), reference, 8).differingPixels, 500u)
        << "the labels are drawn";
}

// An export's label placement is kept only while nothing it reads changes: moving an event card
// (same count, same text) or changing the legend's subtitle places the labels again, so the
// frame is what a fresh renderer draws (the placement's key once ignored both).
TEST_F(ExportTest, LabelsPlacedAgainWhenACardMovesOrTheSubtitleChanges) {
    std::string err;
    const std::string regular = findFont("Noto Sans"), bold = findFont("Noto Sans:bold");
    ASSERT_TRUE(m_renderer->setLabelFonts({regular, bold, findFont("Noto Sans:italic"), ""}, &err))
        << err;
    scene::LabelSet labels;
    for (int i = 0; i < 12; ++i) {
        scene::Label l;
        l.kind = scene::LabelKind::City;
        l.text[0] = "Town " + std::to_string(i);
        l.world = {-80e3 + (i % 4) * 50e3, -40e3 + (i / 4) * 35e3};
        l.pointLabel = true;
        l.symbolRadiusPt = 3.f;
        l.drawDot = true;
        l.priority = i;
        labels.labels.push_back(l);
    }
    m_renderer->setLabels(labels);
    scene::FrameSpec spec = frame(600, 400);
    scene::FrameSpec::Callout card;
    card.title = "An event card";
    card.detail = "7 September 2013";
    card.world = {-80e3, -40e3};
    spec.overlays.callouts = {card};
    spec.overlays.subtitle = "short";
    auto fresh = [&](const scene::FrameSpec& s) {
        m_renderer->setLabels(labels);  // forgets the kept placement
        return whole(s);
    };
    scene::FrameSpec moved = spec;
    moved.overlays.callouts[0].world = {-33e3, 19e3};  // the card lands on Town 9's label
    const render::Image reference = fresh(moved);
    (void)fresh(spec);  // the placement kept is now the one for the card in the south-west
    // Same renderer, same frame: pixel for pixel (a moved label is a few hundred pixels).
    EXPECT_EQ(render::compareImages(whole(moved), reference, 0).differingPixels, 0u)
        << "labels kept from the card's old place";
    EXPECT_GT(render::compareImages(fresh(spec), reference, 8).differingPixels, 200u)
        << "moving the card moves labels";
    // A subtitle long enough to widen the legend over the labels in the top right.
    scene::FrameSpec longer = spec;
    longer.overlays.subtitle = "a subtitle long enough to make the legend much wider than before";
    const render::Image longerReference = fresh(longer);
    (void)fresh(spec);
    EXPECT_EQ(render::compareImages(whole(longer), longerReference, 0).differingPixels, 0u)
        << "labels kept from the narrower legend";
}
