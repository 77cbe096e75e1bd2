// Offscreen targets a frame is drawn into: the frame's colour buffer (with a stencil buffer, which
// the polygon fills' antialiased rims use), and the single-sample coverage buffers the line
// layers draw through. With samples > 0 the base map's fills are drawn into a multisampled
// buffer instead and resolved (the former way, kept as the reference the tests compare with).
#pragma once

#include "render/gl_handles.h"

#include <string>

namespace render {

class RenderTarget {
public:
    // Allocates buffers of this size; `samples` 0 (what Corridor draws with) for no multisampled
    // buffer, else up to that many MSAA samples (clamped to what the driver offers). valid() is
    // false if the driver refuses (then *error says why).
    RenderTarget(int widthPx, int heightPx, int samples, std::string* error);

    bool valid() const { return m_valid; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int samples() const { return m_samples; }

    // The multisampled buffer, or with samples 0 the frame itself.
    GLuint drawFramebuffer() const { return m_samples > 0 ? m_msaaFbo.id() : m_resolveFbo.id(); }
    GLuint resolvedFramebuffer() const { return m_resolveFbo.id(); }

    // A coverage buffer at 1/divisor of the frame's size (divisor 1, 2 or 4): soft, blurred lines
    // are drawn at reduced resolution, which their blur hides, at a fraction of the fill cost.
    struct Coverage {
        GLuint framebuffer = 0;
        GLuint texture = 0;
        int width = 0, height = 0;
    };
    Coverage coverage(int divisor) const;

    // Resolves the multisampled frame into the single-sample one (nothing with samples 0).
    void resolve() const;

private:
    // The GL context outlives these (targets are destroyed before it).
    gl::FramebufferHandle m_msaaFbo;
    gl::RenderbufferHandle m_msaaColor;
    gl::FramebufferHandle m_resolveFbo;
    gl::TextureHandle m_resolveTex;
    gl::RenderbufferHandle m_stencil;  // of the single-sample frame
    gl::FramebufferHandle m_coverageFbo[3];
    gl::TextureHandle m_coverageTex[3];
    int m_width = 0, m_height = 0, m_samples = 0;
    bool m_valid = false;
};

}  // namespace render
