// The manifest shipped in maps/layers.toml reads without errors and styles every layer for both
// themes.
#include "scene/manifest.h"

#include <gtest/gtest.h>

#include <set>

namespace {

TEST(ShippedManifestTest, ReadsWithoutErrorsAndStylesBothThemes) {
    const scene::ManifestResult r = scene::readManifest(CORRIDOR_SOURCE_DIR "/maps/layers.toml");
    for (const auto& e : r.errors) ADD_FAILURE() << e;
    ASSERT_TRUE(r.manifest.has_value());
    const scene::Manifest& m = *r.manifest;
    ASSERT_NE(m.theme("dark"), nullptr);
    ASSERT_NE(m.theme("light"), nullptr);
    ASSERT_NE(m.theme("print"), nullptr);
    EXPECT_TRUE(m.clip.valid());
    EXPECT_TRUE(m.home.valid());
    ASSERT_FALSE(m.layers.empty());

    std::set<std::string> ids;
    int lastOrder = m.layers.front().order;
    int drawn = 0;
    for (const scene::LayerDef& def : m.layers) {
        SCOPED_TRACE(def.id);
        EXPECT_TRUE(ids.insert(def.id).second) << "duplicate id";
        EXPECT_GE(def.order, lastOrder) << "layers are not sorted by order";
        lastOrder = def.order;
        if (def.kind == scene::LayerKind::Background) continue;
        ++drawn;
        EXPECT_FALSE(def.file.empty());
        EXPECT_EQ(def.styles.count("dark"), 1u);
        EXPECT_EQ(def.styles.count("light"), 1u);
        for (const char* theme : {"dark", "light"}) {
            const scene::LayerStyle& s = def.style(theme);
            if (def.kind == scene::LayerKind::Line) {
                EXPECT_TRUE(s.stroke.has_value()) << theme;
                EXPECT_GT(s.strokeWidthPt, 0.f) << theme;
            } else {
                EXPECT_TRUE(s.fill.has_value() || !s.palette.empty()) << theme;
            }
        }
    }
    EXPECT_GT(drawn, 0);
}

}  // namespace
