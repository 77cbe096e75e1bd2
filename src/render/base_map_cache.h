// The base map drawn once per view into a texture and copied into every frame: the base map
// changes only with the view, the theme and the layer toggles, the timeline over it with every
// frame while playing. The window also keeps a margin round it, drawn at rest strip by strip, and
// while the view moves shows the cache moved and scaled to the new camera instead of drawing the
// map again (scene/base_cache_view.h says where and when). Apart from BaseMapPass because when
// to draw the map again is a question of its own, with its own GL objects.
#pragma once

#include "render/base_map_pass.h"
#include "render/frame_stats.h"
#include "render/gl_handles.h"
#include "render/render_target.h"
#include "render/shader.h"
#include "scene/base_cache_view.h"
#include "scene/frame_spec.h"
#include "scene/tie_key.h"

#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace render {

class BaseMapCache {
public:
    // Draws through `base`, which must outlive the cache.
    explicit BaseMapCache(BaseMapPass& base);

    // The base map into `frame` (target's resolved framebuffer): from the cache moved and scaled
    // when `moving` allows it, else the cache brought up to date (drawn through target when
    // stale) and copied in.
    void place(const scene::FrameSpec& spec, const RenderTarget& target, GLuint frame, bool moving,
               FrameStats& stats);
    // At rest, after place() for `spec`: draws the next strip of the margin round the cache.
    // True when a strip was drawn; false when the margin is whole or the cache is not spec's view.
    bool extend(const scene::FrameSpec& spec, FrameStats* stats);
    // Off: place() draws the base map straight into the target's frame every time and keeps no
    // texture (a single-frame export: nothing would read it again). On by default.
    void setKeep(bool keep);

private:
    // What the cached base map was drawn for.
    struct BaseKey : scene::TieKey<BaseKey> {
        int width = 0, height = 0;
        double pixelsPerPoint = 0.0;
        glm::dvec2 center{0.0};
        double metresPerPx = 0.0;
        std::string theme;
        std::vector<bool> layerOn;
        bool transparent = false;
        uint64_t generation = 0;  // of the map and its themes (BaseMapPass::setMap)
        scene::FrameSpec::Tile tile;
        // Every field but the camera's, once; tie() adds the camera (== and != via TieKey).
        auto tieButCamera() const {
            return std::tie(width, height, pixelsPerPoint, theme, layerOn, transparent, generation,
                            tile);
        }
        auto tie() const { return std::tuple_cat(tieButCamera(), std::tie(center, metresPerPx)); }
        // All but centre and scale agree: the cache can be moved and scaled to this view.
        bool sameButCamera(const BaseKey& o) const { return tieButCamera() == o.tieButCamera(); }
    };
    BaseKey keyFor(const scene::FrameSpec& spec) const;
    // The cache moved and scaled into `frame`; false when it cannot stand in for spec's view.
    bool drawMoved(const scene::FrameSpec& spec, GLuint frame, FrameStats& stats);
    // (Re)allocates the cache texture for `layout`, cleared to transparent.
    void allocate(const scene::BaseCacheLayout& layout);
    // Draws the base map of spec's view (through target, whose resolved frame then holds it)
    // into the cache's core when the key changed, and says so; with `margin` the cache is laid
    // out with room for the margin strips.
    bool update(const scene::FrameSpec& spec, const RenderTarget& target, FrameStats& stats,
                bool margin);

    BaseMapPass& m_base;
    // The base map of the last full-quality view (the core), resolved, with room round it for
    // the margin drawn at rest (none until the window asks for it); what is drawn is in m_view.
    gl::TextureHandle m_texture;
    gl::FramebufferHandle m_framebuffer;
    BaseKey m_key;
    scene::CachedBaseView m_view;
    std::vector<std::unique_ptr<RenderTarget>> m_stripTargets;  // margin strips are drawn in
    // The zoom frames' quad, made on the first: over the sea, and plain (for a cache drawn whole
    // and opaque, where nothing can show through).
    std::unique_ptr<Program> m_quadProgram, m_plainQuadProgram;
    bool m_quadFailed = false;
    bool m_keep = true;
    gl::VertexArrayHandle m_emptyVao;  // for the quad, which takes no attributes
};

}  // namespace render
