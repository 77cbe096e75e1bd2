#include "render/render_target.h"

#include <algorithm>

namespace render {

namespace {
bool complete(const char* what, std::string* error) {
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status == GL_FRAMEBUFFER_COMPLETE) return true;
    if (error)
        *error =
            std::string(what) + " framebuffer incomplete (status 0x" + std::to_string(status) + ")";
    return false;
}

gl::TextureHandle makeTargetTexture(GLenum internalFormat, GLenum format, int w, int h) {
    gl::TextureHandle tex = gl::makeTexture();
    glBindTexture(GL_TEXTURE_2D, tex.id());
    glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), w, h, 0, format,
                 GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
    return tex;
}
}  // namespace

RenderTarget::RenderTarget(int widthPx, int heightPx, int samples, std::string* error)
    : m_width(widthPx), m_height(heightPx) {
    GLint maxSize = 0, maxSamples = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    if (widthPx <= 0 || heightPx <= 0 || widthPx > maxSize || heightPx > maxSize) {
        if (error)
            *error = "frame size " + std::to_string(widthPx) + "x" + std::to_string(heightPx) +
                     " is outside what the GL driver allows (1.." + std::to_string(maxSize) + ")";
        return;
    }
    m_samples = std::clamp(samples, 0, static_cast<int>(maxSamples));

    if (m_samples > 0) {
        m_msaaColor = gl::makeRenderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, m_msaaColor.id());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_RGBA8, widthPx, heightPx);
        m_msaaFbo = gl::makeFramebuffer();
        glBindFramebuffer(GL_FRAMEBUFFER, m_msaaFbo.id());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                                  m_msaaColor.id());
        if (!complete("multisampled", error)) return;
    }

    m_resolveTex = makeTargetTexture(GL_RGBA8, GL_RGBA, widthPx, heightPx);
    m_resolveFbo = gl::makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolveFbo.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_resolveTex.id(),
                           0);
    // 8 stencil bits, one byte a pixel; a driver without stencil-only buffers gets depth too.
    m_stencil = gl::makeRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, m_stencil.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_STENCIL_INDEX8, widthPx, heightPx);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                              m_stencil.id());
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, widthPx, heightPx);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_STENCIL_ATTACHMENT, 0, 0);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                                  m_stencil.id());
    }
    if (!complete("frame", error)) return;

    for (int level = 0; level < 3; ++level) {
        const int w = std::max(1, widthPx >> level);
        const int h = std::max(1, heightPx >> level);
        // RGBA: up to four line layers share one buffer, one channel each.
        m_coverageTex[level] = makeTargetTexture(GL_RGBA8, GL_RGBA, w, h);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        m_coverageFbo[level] = gl::makeFramebuffer();
        glBindFramebuffer(GL_FRAMEBUFFER, m_coverageFbo[level].id());
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                               m_coverageTex[level].id(), 0);
        if (!complete("coverage", error)) return;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    m_valid = true;
}

RenderTarget::Coverage RenderTarget::coverage(int divisor) const {
    const int level = divisor >= 4 ? 2 : divisor >= 2 ? 1 : 0;
    return {m_coverageFbo[level].id(), m_coverageTex[level].id(), std::max(1, m_width >> level),
            std::max(1, m_height >> level)};
}

void RenderTarget::resolve() const {
    if (m_samples == 0) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_msaaFbo.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolveFbo.id());
    glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace render
