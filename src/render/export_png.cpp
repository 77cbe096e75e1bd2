#include "render/export_png.h"

#include <png.h>

#include <unistd.h>
#include <cerrno>
#include <cmath>
#include <cstring>

namespace render {

namespace {

void onError(png_structp png, png_const_charp message) {
    auto* text = static_cast<std::string*>(png_get_error_ptr(png));
    if (text) *text = message ? message : "libpng error";
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// Names the common failures in words (ENOSPC says "No space left on device" already).
std::string reason(const std::string& pngError, int err) {
    if (err == ENOSPC) return "disk full (no space left on device)";
    if (err != 0) return std::strerror(err);
    return pngError.empty() ? "write failed" : pngError;
}

}  // namespace

PngStreamWriter::~PngStreamWriter() {
    abandon();
}

void PngStreamWriter::abandon() {
    if (m_png) {
        auto png = static_cast<png_structp>(m_png);
        auto info = static_cast<png_infop>(m_info);
        png_destroy_write_struct(&png, info ? &info : nullptr);
        m_png = m_info = nullptr;
    }
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
        std::remove(m_tmp.c_str());
    }
}

bool PngStreamWriter::fail(const std::string& what, std::string* error) {
    const int err = errno;
    if (error) *error = m_path + ": " + what + ": " + reason(m_pngError, err);
    abandon();
    return false;
}

bool PngStreamWriter::open(const std::string& path, int widthPx, int heightPx, double dpi,
                           std::string* error) {
    abandon();
    m_path = path;
    m_tmp = path + ".tmp-" + std::to_string(::getpid());
    m_width = widthPx;
    m_height = heightPx;
    m_rowsWritten = 0;
    m_pngError.clear();
    errno = 0;
    m_file = std::fopen(m_tmp.c_str(), "wb");
    if (!m_file) {
        if (error) *error = path + ": cannot write: " + reason("", errno);
        return false;
    }
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, &m_pngError, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    m_png = png;
    m_info = info;
    if (!png || !info) return fail("cannot start PNG", error);
    // libpng reports errors by longjmp: nothing with a destructor may live inside this block.
    if (setjmp(png_jmpbuf(png)) != 0) return fail("cannot write PNG", error);
    png_init_io(png, m_file);
    png_set_IHDR(png, info, static_cast<png_uint_32>(widthPx), static_cast<png_uint_32>(heightPx),
                 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (dpi > 0) {
        const auto ppm = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
        png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
    }
    // Speed over size: the SUB filter alone (libpng's default tries all five on every row) and
    // zlib level 1 encode a 4K map several times faster for a file about a fifth larger; maps
    // are mostly flat colour, which SUB + deflate handle well at any level.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    return true;
}

bool PngStreamWriter::writeRows(const uint8_t* rgba, int rows, std::string* error) {
    if (!m_png) {
        if (error) *error = m_path + ": not open";
        return false;
    }
    auto png = static_cast<png_structp>(m_png);
    errno = 0;
    if (setjmp(png_jmpbuf(png)) != 0) return fail("cannot write PNG", error);
    const size_t stride = static_cast<size_t>(m_width) * 4;
    for (int y = 0; y < rows && m_rowsWritten < m_height; ++y, ++m_rowsWritten) {
        png_write_row(png, const_cast<png_bytep>(rgba + y * stride));
    }
    return true;
}

bool PngStreamWriter::finish(std::string* error) {
    if (!m_png || m_rowsWritten != m_height) {
        if (error) *error = m_path + ": image incomplete";
        abandon();
        return false;
    }
    auto png = static_cast<png_structp>(m_png);
    errno = 0;
    if (setjmp(png_jmpbuf(png)) != 0) return fail("cannot write PNG", error);
    png_write_end(png, static_cast<png_infop>(m_info));
    auto info = static_cast<png_infop>(m_info);
    png_destroy_write_struct(&png, &info);
    m_png = m_info = nullptr;
    // fflush and fsync before the rename: a full disk shows up here, not after the rename.
    errno = 0;
    const bool flushed = std::fflush(m_file) == 0 && ::fsync(::fileno(m_file)) == 0;
    const int flushErr = errno;
    const bool closed = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!flushed || !closed) {
        if (error)
            *error = m_path + ": cannot write PNG: " + reason("", flushErr ? flushErr : errno);
        std::remove(m_tmp.c_str());
        return false;
    }
    if (std::rename(m_tmp.c_str(), m_path.c_str()) != 0) {
        if (error)
            *error = m_path + ": cannot move the finished file into place: " + std::strerror(errno);
        std::remove(m_tmp.c_str());
        return false;
    }
    return true;
}

double readPngDpi(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return -1;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    volatile double dpi = -1;
    if (png && info && setjmp(png_jmpbuf(png)) == 0) {
        png_init_io(png, f);
        png_read_info(png, info);
        png_uint_32 x = 0, y = 0;
        int unit = 0;
        dpi = 0;
        if (png_get_pHYs(png, info, &x, &y, &unit) && unit == PNG_RESOLUTION_METER)
            dpi = x * 0.0254;
    }
    if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    std::fclose(f);
    return dpi;
}

}  // namespace render
