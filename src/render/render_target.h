// Offscreen targets a frame is drawn into: a multisampled colour buffer, its resolved copy, and
// the single-sample coverage buffer the line layers draw through.
#pragma once

#include "render/gl_handles.h"

#include <string>

namespace render {

class RenderTarget {
public:
    // Allocates buffers of this size with up to `samples` MSAA samples (clamped to what the
    // driver offers). valid() is false if the driver refuses (then *error says why).
    RenderTarget(int widthPx, int heightPx, int samples, std::string* error);

    bool valid() const { return m_valid; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int samples() const { return m_samples; }

    GLuint drawFramebuffer() const { return m_msaaFbo.id(); }
    GLuint resolvedFramebuffer() const { return m_resolveFbo.id(); }

    // A coverage buffer at 1/divisor of the frame's size (divisor 1, 2 or 4): soft, blurred lines
    // are drawn at reduced resolution, which their blur hides, at a fraction of the fill cost.
    struct Coverage {
        GLuint framebuffer = 0;
        GLuint texture = 0;
        int width = 0, height = 0;
    };
    Coverage coverage(int divisor) const;

    // Resolves the multisampled frame into the single-sample one.
    void resolve() const;

private:
    // The GL context outlives these (targets are destroyed before it).
    gl::FramebufferHandle m_msaaFbo;
    gl::RenderbufferHandle m_msaaColor;
    gl::FramebufferHandle m_resolveFbo;
    gl::TextureHandle m_resolveTex;
    gl::FramebufferHandle m_coverageFbo[3];
    gl::TextureHandle m_coverageTex[3];
    int m_width = 0, m_height = 0, m_samples = 0;
    bool m_valid = false;
};

}  // namespace render
