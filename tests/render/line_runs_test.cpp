// Line runs (render/line_runs.h): which coverage buffer and channel each layer of a run takes,
// and that painting a run of layers (and the sea under them) in one full-frame pass gives the
// picture of painting them one at a time.
#include "render/line_runs.h"
#include "gl_test_context.h"
#include "render/readback.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <memory>

namespace {

std::vector<render::LineRunItem> itemsWithDivisors(const std::vector<int>& divisors) {
    std::vector<render::LineRunItem> run;
    for (int d : divisors) {
        render::LineRunItem item;
        item.divisor = d;
        run.push_back(item);
    }
    return run;
}

TEST(LineRunsTest, LayersShareBuffersInDrawOrder) {
    // Four sharp layers share the full-size buffer, a channel each.
    const auto slots = render::assignCoverage(itemsWithDivisors({1, 1, 1, 1}));
    ASSERT_EQ(slots.size(), 4u);
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(slots[i].buffer, 0);
        EXPECT_EQ(slots[i].divisor, 1);
        EXPECT_EQ(slots[i].channel, static_cast<int>(i));
    }
}

TEST(LineRunsTest, EachResolutionStartsItsOwnBuffer) {
    // The base map's first run: the quarter- and half-size glows, then sharp lines.
    const auto slots = render::assignCoverage(itemsWithDivisors({4, 2, 1, 1}));
    ASSERT_EQ(slots.size(), 4u);
    EXPECT_EQ(slots[0].buffer, 0);
    EXPECT_EQ(slots[0].divisor, 4);
    EXPECT_EQ(slots[1].buffer, 1);
    EXPECT_EQ(slots[1].divisor, 2);
    EXPECT_EQ(slots[2].buffer, 2);
    EXPECT_EQ(slots[3].buffer, 2);
    EXPECT_EQ(slots[3].channel, 1);
}

TEST(LineRunsTest, RunsThatNeedMoreBuffersDoNotFit) {
    // A fifth layer of one resolution, or a resolution whose buffer the run used before another
    // (the layers are painted buffer by buffer, so it cannot go back).
    EXPECT_TRUE(render::assignCoverage(itemsWithDivisors({1, 1, 1, 1, 1})).empty());
    EXPECT_TRUE(render::assignCoverage(itemsWithDivisors({4, 4, 4, 4, 4})).empty());
    EXPECT_TRUE(render::assignCoverage(itemsWithDivisors({2, 1, 2})).empty());
    EXPECT_TRUE(render::assignCoverage(itemsWithDivisors({1, 4, 1})).empty());
    EXPECT_EQ(render::assignCoverage(itemsWithDivisors({1, 2, 1})).size(), 0u);
    EXPECT_EQ(render::assignCoverage(itemsWithDivisors({1, 2, 4})).size(), 3u);
}

class LineRunsGlTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!m_gl.ok()) GTEST_FAIL() << m_gl.error();
        std::string err;
        m_line = std::make_unique<render::Program>("line", "line.vert", "line.frag", &err);
        ASSERT_TRUE(m_line->valid()) << err;
        m_vao = render::gl::makeVertexArray();
    }

    // Draws `runs` one after the other into a fresh target; the first starts on the sea.
    render::Image draw(const std::vector<std::vector<render::LineRunItem>>& runs) {
        std::string err;
        render::RenderTarget target(kW, kH, 0, &err);
        EXPECT_TRUE(target.valid()) << err;
        glBindFramebuffer(GL_FRAMEBUFFER, target.resolvedFramebuffer());
        glViewport(0, 0, kW, kH);
        glClearColor(0.f, 0.f, 0.f, 0.f);
        glClear(GL_COLOR_BUFFER_BIT);
        scene::FrameSpec spec;
        spec.widthPx = kW;
        spec.heightPx = kH;
        spec.pixelsPerPoint = 1.0;
        spec.camera.centerWorld = {0.0, 0.0};
        spec.camera.metresPerPx = 1.0;
        const glm::mat4 mvp = spec.camera.clipFromLocal({0.0, 0.0}, {kW, kH});
        const render::Sea sea{{0.05f, 0.15f, 0.25f, 1.f}, {0.02f, 0.06f, 0.1f, 1.f}};
        auto composite = [this](const char* vert,
                                const std::string& defines) -> const render::Program* {
            auto& p = m_composites[std::string(vert) + "\n" + defines];
            std::string log;
            if (!p)
                p = std::make_unique<render::Program>("composite", vert, "composite.frag", &log,
                                                      defines);
            EXPECT_TRUE(p->valid()) << defines << log;
            return p->valid() ? p.get() : nullptr;
        };
        render::LineRunPass pass{m_line.get(), composite, m_vao.id(), &target,
                                 target.resolvedFramebuffer()};
        for (size_t i = 0; i < runs.size(); ++i)
            render::drawLineRun(runs[i], i == 0 ? &sea : nullptr, spec, mvp, pass);
        return render::readResolved(target);
    }

    static constexpr int kW = 96, kH = 64;
    testing_gl::Context m_gl;
    std::unique_ptr<render::Program> m_line;
    std::map<std::string, std::unique_ptr<render::Program>> m_composites;
    render::gl::VertexArrayHandle m_vao;
};

TEST_F(LineRunsGlTest, OneRunPaintsWhatSeparateRunsPaint) {
    // Six crossing lines, glows at quarter and half size and sharp ones at full size, each its
    // own colour and opacity.
    const int divisors[] = {4, 2, 1, 1, 1, 1};
    std::vector<render::LineLayer> layers(std::size(divisors));
    std::vector<scene::LayerStyle> styles(std::size(divisors));
    std::vector<render::LineRunItem> all;
    std::vector<std::vector<render::LineRunItem>> single(1);  // the sea alone first
    for (size_t i = 0; i < layers.size(); ++i) {
        const double y = -24.0 + 6.0 * static_cast<double>(i);
        layers[i].upload({{{-44.0, y}, {44.0, -y * 0.5}}}, {0}, {1.f}, {0.0, 0.0});
        scene::LayerStyle& s = styles[i];
        s.stroke = scene::Rgba{0.2f + 0.08f * static_cast<float>(i),
                               0.9f - 0.1f * static_cast<float>(i), 0.5f, 1.f};
        s.strokeWidthPt = divisors[i] > 1 ? 10.f : 1.5f + 0.5f * static_cast<float>(i % 3);
        s.blurPt = divisors[i] == 4 ? 14.f : divisors[i] == 2 ? 7.f : 0.f;
        s.opacity = 0.5f + 0.07f * static_cast<float>(i);
        render::LineRunItem item{&s, &layers[i], render::coverageDivisor(s, 1.0), nullptr};
        ASSERT_EQ(item.divisor, divisors[i]);
        all.push_back(item);
        single.push_back({item});
    }
    ASSERT_EQ(render::assignCoverage(all).size(), all.size());
    const std::vector<std::vector<render::LineRunItem>> oneRun = {all};
    const render::Image together = draw(oneRun);
    const render::Image apart = draw(single);
    int differing = 0, lines = 0;
    for (size_t i = 0; i < together.rgba.size(); ++i) {
        const int d =
            std::abs(static_cast<int>(together.rgba[i]) - static_cast<int>(apart.rgba[i]));
        if (d > 2) ++differing;  // rounding: the separate passes store 8-bit results in between
    }
    // The lines are there (not only the sea).
    const render::Image sea = draw({{}});
    for (size_t i = 0; i < together.rgba.size(); ++i)
        if (together.rgba[i] != sea.rgba[i]) ++lines;
    EXPECT_EQ(differing, 0);
    EXPECT_GT(lines, kW * kH / 4);
}

}  // namespace
