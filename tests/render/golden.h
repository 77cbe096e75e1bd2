// The golden-image contract of the render tests (maplibre's checkImage): tests/golden/<name>.png,
// a per-channel tolerance and a maximum share of differing pixels; UPDATE_GOLDEN=1 rewrites the
// reference; on failure <name>_actual.png and <name>_diff.png go to render_test_output/ in the
// test's working folder.
#pragma once

#include "render/image.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace testing_golden {

inline void checkGolden(const render::Image& actual, const std::string& name, int channelTolerance,
                        double maxDifferingShare) {
    namespace fs = std::filesystem;
    const fs::path golden = fs::path(CORRIDOR_SOURCE_DIR) / "tests" / "golden" / (name + ".png");
    const fs::path outDir = fs::current_path() / "render_test_output";
    fs::create_directories(outDir);
    std::string err;
    if (std::getenv("UPDATE_GOLDEN")) {
        ASSERT_TRUE(render::writePng(golden.string(), actual, 0, &err)) << err;
        return;
    }
    render::Image expected;
    ASSERT_TRUE(render::readPng(golden.string(), &expected, &err))
        << err << " (run with UPDATE_GOLDEN=1 to create it)";
    const render::ImageDiff d = render::compareImages(actual, expected, channelTolerance);
    ASSERT_TRUE(d.sameSize) << name << ": size " << actual.width << "x" << actual.height
                            << " vs golden " << expected.width << "x" << expected.height;
    if (d.differingShare > maxDifferingShare) {
        render::writePng((outDir / (name + "_actual.png")).string(), actual, 0, &err);
        render::writePng((outDir / (name + "_diff.png")).string(), d.diff, 0, &err);
    }
    EXPECT_LE(d.differingShare, maxDifferingShare)
        << name << ": " << d.differingPixels << " pixels differ (max channel delta "
        << d.maxChannelDelta << "); see " << (outDir / (name + "_diff.png")).string();
}

}  // namespace testing_golden
