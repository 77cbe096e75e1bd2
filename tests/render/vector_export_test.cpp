// The vector export without a display: paths simplified to the output's resolution, cut to the
// page, rings recovered from a triangulated fill, and the SVG's named groups.
#include "render/vector_export.h"
#include "scene/path_simplify.h"
#include "vector_xml_check.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

constexpr double kPi = 3.14159265358979323846;

scene::LayerDef lineLayer(const std::string& id) {
    scene::LayerDef def;
    def.id = id;
    def.title = id + " lines";
    def.kind = scene::LayerKind::Line;
    scene::LayerStyle style;
    style.stroke = scene::Rgba{0.9f, 0.8f, 0.6f, 1.f};
    style.strokeWidthPt = 1.f;
    def.styles["dark"] = style;
    return def;
}

// A map of `layers` line layers over a background, 1000 km across; layer k is a wiggle of
// `vertices` points across the map (sub-pixel jitter on a sine of 20 waves).
scene::MapData syntheticMap(int layers, size_t vertices) {
    scene::MapData map;
    scene::LayerDef background;
    background.id = "background";
    background.kind = scene::LayerKind::Background;
    map.layers.push_back(background);
    map.geometry.emplace_back();
    for (int k = 0; k < layers; ++k) {
        map.layers.push_back(lineLayer("layer" + std::to_string(k)));
        scene::LayerGeometry g;
        g.features.emplace_back();
        geo::Path path;
        path.reserve(vertices);
        for (size_t i = 0; i < vertices; ++i) {
            const double t = static_cast<double>(i) / static_cast<double>(vertices - 1);
            const double jitter = ((i * 2654435761u) % 1000) / 1000.0 - 0.5;  // +-0.5 m
            path.push_back({t * 1.0e6, 2.0e5 * std::sin(t * 40.0 * kPi) + 1.0e5 * k + jitter});
        }
        g.lines.push_back(std::move(path));
        g.lineFeature.push_back(0);
        map.geometry.push_back(std::move(g));
    }
    map.boundsMax = {1.0e6, 1.0e6};
    return map;
}

scene::FrameSpec frameFor(int widthPx, int heightPx) {
    scene::FrameSpec spec;
    spec.widthPx = widthPx;
    spec.heightPx = heightPx;
    spec.pixelsPerPoint = scene::pixelsPerPointForSize(widthPx, heightPx);
    spec.camera = scene::fitCamera({0.0, -3.0e5}, {1.0e6, 6.0e5}, glm::dvec2(widthPx, heightPx));
    return spec;
}

render::VectorScene sceneOf(const scene::MapData& map) {
    render::VectorScene s;
    s.map = &map;
    scene::Theme dark;
    dark.name = "dark";
    dark.water = {0.1f, 0.15f, 0.2f, 1.f};
    dark.waterEdge = {0.05f, 0.08f, 0.1f, 1.f};
    s.themes.push_back(dark);
    return s;
}

TEST(PathSimplify, DropsVerticesWithinToleranceAndKeepsTheShape) {
    geo::Path path;
    for (int i = 0; i <= 1000; ++i) path.push_back({i * 0.01, (i % 2) * 0.001});  // flat zigzag
    path.push_back({10.0, 5.0});                                                  // a corner
    const geo::Path kept = scene::simplifyPath(path, 0.01);
    ASSERT_GE(kept.size(), 3u);
    EXPECT_LE(kept.size(), 4u);
    EXPECT_EQ(kept.front(), path.front());
    EXPECT_EQ(kept.back(), path.back());
    // The corner at (10, 0) stays within the tolerance.
    bool corner = false;
    for (const auto& p : kept) corner |= std::abs(p.x - 10.0) < 0.02 && std::abs(p.y) < 0.02;
    EXPECT_TRUE(corner);
    // Nothing is dropped at a tolerance finer than the detail.
    EXPECT_EQ(scene::simplifyPath(path, 1e-5).size(), path.size());
}

TEST(PathSimplify, RingStaysClosedOrVanishes) {
    geo::Path ring;
    for (int i = 0; i <= 360; ++i) {
        const double a = i * kPi / 180.0;
        ring.push_back({std::cos(a) * 100.0, std::sin(a) * 100.0});
    }
    ring.back() = ring.front();
    const geo::Path coarse = scene::simplifyPath(ring, 5.0, true);
    ASSERT_GE(coarse.size(), 4u);
    EXPECT_LT(coarse.size(), 40u);
    EXPECT_EQ(coarse.front(), coarse.back());
    EXPECT_TRUE(scene::simplifyPath(ring, 500.0, true).empty());
}

TEST(PathSimplify, ClipsToTheBox) {
    // A line in and out of the box: the outside runs go, the crossing segments stay.
    const geo::Path line{{-10, 0}, {-5, 0}, {5, 0}, {15, 0}, {20, 0}, {15, 1}, {5, 1}};
    const auto pieces = scene::clipPathToBox(line, {0, -1}, {10, 2});
    ASSERT_EQ(pieces.size(), 2u);
    EXPECT_EQ(pieces[0].size(), 3u);  // -5 .. 5 .. 15
    EXPECT_EQ(pieces[1].size(), 2u);  // 15,1 .. 5,1
    // A square ring half outside keeps the inside half, closed.
    const geo::Path square{{-10, -10}, {10, -10}, {10, 10}, {-10, 10}, {-10, -10}};
    const geo::Path cut = scene::clipRingToBox(square, {0, -20}, {20, 20});
    ASSERT_GE(cut.size(), 5u);
    EXPECT_EQ(cut.front(), cut.back());
    for (const auto& p : cut) EXPECT_GE(p.x, 0.0);
}

TEST(PathSimplify, MeshOutlineOfTwoFeatures) {
    // Two unit squares side by side, each of two triangles, sharing an edge but not a feature.
    geo::Mesh mesh;
    mesh.positions = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {1, 0}, {2, 0}, {2, 1}, {1, 1}};
    mesh.indices = {0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7};
    const std::vector<uint32_t> feature{0, 0, 0, 0, 1, 1, 1, 1};
    const auto rings = scene::meshOutlineRingsByFeature(mesh, feature, 2);
    ASSERT_EQ(rings.size(), 2u);
    for (const auto& r : rings) {
        ASSERT_EQ(r.size(), 1u);
        EXPECT_EQ(r[0].size(), 5u);  // four corners, closed; the diagonal is not outline
        double area = 0.0;           // counter-clockwise: positive
        for (size_t i = 1; i < r[0].size(); ++i)
            area += r[0][i - 1].x * r[0][i].y - r[0][i].x * r[0][i - 1].y;
        EXPECT_NEAR(0.5 * area, 1.0, 1e-9);
    }
}

// A million-vertex layer: without simplification its path alone would be over 10 MB.
TEST(VectorExport, MillionVertexLayerStaysSmall) {
    const scene::MapData map = syntheticMap(1, 1000000);
    const scene::FrameSpec spec = frameFor(1920, 1080);
    for (const auto format : {render::VectorFormat::Pdf, render::VectorFormat::Svg}) {
        std::string out, err;
        render::VectorStats stats;
        ASSERT_TRUE(render::renderVector(sceneOf(map), spec, format, &out, &err, &stats)) << err;
        EXPECT_GE(stats.sourceVertices, 1000000u);
        EXPECT_LT(stats.pathVertices, 20000u) << "simplified to half a device pixel";
        EXPECT_LT(out.size(), 400u * 1024u)
            << (format == render::VectorFormat::Pdf ? "pdf" : "svg");
    }
}

TEST(VectorExport, SvgIsWellFormedWithOneGroupPerLayer) {
    const scene::MapData map = syntheticMap(3, 2000);
    std::string svg, err;
    render::VectorStats stats;
    ASSERT_TRUE(render::renderVector(sceneOf(map), frameFor(800, 450), render::VectorFormat::Svg,
                                     &svg, &err, &stats))
        << err;
    EXPECT_EQ(testing_xml::wellFormedError(svg), "");
    EXPECT_EQ(stats.groups, 4);
    for (const char* id : {"background", "layer0", "layer1", "layer2"})
        EXPECT_EQ(testing_xml::countOf(svg, std::string("<g id=\"") + id + "\""), 1u) << id;
    EXPECT_NE(svg.find("inkscape:label=\"layer1 lines\""), std::string::npos);
    // The page is the frame's size in points: 800 px at 0.556 px/pt is 1440 pt.
    EXPECT_NE(svg.find("width=\"1440pt\""), std::string::npos) << svg.substr(0, 300);
}

TEST(VectorExport, TransparentLeavesOutTheSea) {
    const scene::MapData map = syntheticMap(1, 100);
    scene::FrameSpec spec = frameFor(800, 450);
    spec.transparent = true;
    std::string svg, err;
    ASSERT_TRUE(render::renderVector(sceneOf(map), spec, render::VectorFormat::Svg, &svg, &err));
    EXPECT_EQ(svg.find("<g id=\"background\""), std::string::npos);
    EXPECT_EQ(svg.find("radialGradient"), std::string::npos);
    spec.transparent = false;
    ASSERT_TRUE(render::renderVector(sceneOf(map), spec, render::VectorFormat::Svg, &svg, &err));
    EXPECT_NE(svg.find("radialGradient"), std::string::npos);
}

}  // namespace
