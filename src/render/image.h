// RGBA images in memory, PNG files (libpng, with the DPI in a pHYs chunk; written to a temporary
// file and renamed, so a failed write leaves nothing), reading PNGs, and comparing images for
// render tests. No GL here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace render {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;  // straight alpha, rows top to bottom

    const uint8_t* pixel(int x, int y) const {
        return &rgba[(static_cast<size_t>(y) * width + x) * 4];
    }
};

// Writes `image` as an 8-bit RGBA PNG with `dpi` recorded (0 = none). False with *error on failure.
bool writePng(const std::string& path, const Image& image, double dpi, std::string* error);
bool readPng(const std::string& path, Image* image, std::string* error);

struct ImageDiff {
    bool sameSize = false;
    size_t differingPixels = 0;  // pixels with any channel further apart than the tolerance
    double differingShare = 0.0;
    int maxChannelDelta = 0;
    Image diff;  // differing pixels in red over a faded copy of `expected`
};

ImageDiff compareImages(const Image& actual, const Image& expected, int channelTolerance);

}  // namespace render
