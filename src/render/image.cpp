#include "render/image.h"

#include <png.h>
#include <stb_image.h>

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace render {

namespace {

struct PngWriteState {
    std::string error;
};

void onPngError(png_structp png, png_const_charp message) {
    auto* state = static_cast<PngWriteState*>(png_get_error_ptr(png));
    if (state) state->error = message ? message : "libpng error";
    png_longjmp(png, 1);
}

void onPngWarning(png_structp, png_const_charp) {}

}  // namespace

namespace {

// The image through libpng into `f`. libpng reports errors by longjmp, so this function holds
// nothing with a destructor (and no string whose storage a longjmp could leave clobbered).
bool encodePng(png_structp png, png_infop info, FILE* f, const Image& image, double dpi) {
    if (setjmp(png_jmpbuf(png)) != 0) return false;
    png_init_io(png, f);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width),
                 static_cast<png_uint_32>(image.height), 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (dpi > 0) {
        const auto ppm = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
        png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
    }
    png_set_compression_level(png, 6);
    png_write_info(png, info);
    for (int y = 0; y < image.height; ++y) {
        png_write_row(png, const_cast<png_bytep>(image.pixel(0, y)));
    }
    png_write_end(png, info);
    return true;
}

}  // namespace

bool writePng(const std::string& path, const Image& image, double dpi, std::string* error) {
    if (image.width <= 0 || image.height <= 0 ||
        image.rgba.size() != static_cast<size_t>(image.width) * image.height * 4) {
        if (error) *error = path + ": empty or inconsistent image";
        return false;
    }
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        if (error) *error = path + ": cannot write: " + std::strerror(errno);
        return false;
    }
    PngWriteState state;
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, onPngError, onPngWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    const bool ok = png && info && encodePng(png, info, f, image, dpi);
    if (png) png_destroy_write_struct(&png, info ? &info : nullptr);
    const bool closed = std::fclose(f) == 0;
    if (!ok || !closed) {
        std::remove(tmp.c_str());
        if (error)
            *error = path + ": cannot write PNG: " +
                     (state.error.empty() ? std::strerror(errno) : state.error);
        return false;
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        if (error)
            *error = path + ": cannot move the finished file into place: " + std::strerror(errno);
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

bool readPng(const std::string& path, Image* image, std::string* error) {
    int w = 0, h = 0, n = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &n, 4);
    if (!data) {
        if (error) *error = path + ": cannot read image: " + stbi_failure_reason();
        return false;
    }
    image->width = w;
    image->height = h;
    image->rgba.assign(data, data + static_cast<size_t>(w) * h * 4);
    stbi_image_free(data);
    return true;
}

ImageDiff compareImages(const Image& actual, const Image& expected, int channelTolerance) {
    ImageDiff d;
    d.sameSize = actual.width == expected.width && actual.height == expected.height;
    if (!d.sameSize) return d;
    d.diff.width = expected.width;
    d.diff.height = expected.height;
    d.diff.rgba.resize(expected.rgba.size());
    for (size_t i = 0; i < expected.rgba.size(); i += 4) {
        int delta = 0;
        for (size_t c = 0; c < 4; ++c)
            delta = std::max(delta, std::abs(int(actual.rgba[i + c]) - int(expected.rgba[i + c])));
        d.maxChannelDelta = std::max(d.maxChannelDelta, delta);
        if (delta > channelTolerance) {
            ++d.differingPixels;
            d.diff.rgba[i] = 255;
            d.diff.rgba[i + 1] = 0;
            d.diff.rgba[i + 2] = 0;
        } else {
            for (size_t c = 0; c < 3; ++c)
                d.diff.rgba[i + c] = static_cast<uint8_t>(expected.rgba[i + c] / 4);
        }
        d.diff.rgba[i + 3] = 255;
    }
    d.differingShare = static_cast<double>(d.differingPixels) /
                       (static_cast<double>(expected.width) * expected.height);
    return d;
}

}  // namespace render
