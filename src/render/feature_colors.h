// A per-feature colour table on the GPU (RGBA8 texture, 1024 features per row), so a theme change
// re-uploads one small texture instead of the geometry.
#pragma once

#include "render/gl_handles.h"
#include "scene/color.h"

#include <vector>

namespace render {

class FeatureColors {
public:
    FeatureColors();
    void upload(const std::vector<scene::Rgba>& colors);
    void bind(GLenum unit) const;

private:
    gl::TextureHandle m_texture;  // the GL context outlives every renderer object
};

}  // namespace render
