// PNGs compressed in parallel parts (render::PngDeflater through render::PngStreamWriter): the
// file decodes (libpng checks every chunk's CRC, zlib the combined Adler-32) to the same pixels
// at odd sizes, in uneven bands and in many parts, and keeps its DPI.
#include "render/png_parallel.h"
#include "render/export_png.h"
#include "render/image.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace {

std::string tempPath(const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            ("corridor_png_" + std::to_string(::getpid()) + "_" + name))
        .string();
}

// Flat areas (like a map) with noise and every alpha, so both long matches and literals occur.
render::Image testImage(int w, int h) {
    render::Image img;
    img.width = w;
    img.height = h;
    img.rgba.resize(static_cast<size_t>(w) * h * 4);
    uint32_t state = 12345;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            state = state * 1664525u + 1013904223u;
            uint8_t* p = &img.rgba[(static_cast<size_t>(y) * w + x) * 4];
            const bool flat = ((x / 40) + (y / 30)) % 3 != 0;
            p[0] = flat ? 40 : static_cast<uint8_t>(state >> 24);
            p[1] = flat ? static_cast<uint8_t>(x / 7) : static_cast<uint8_t>(state >> 16);
            p[2] = static_cast<uint8_t>(y);
            p[3] = flat ? 255 : static_cast<uint8_t>(state >> 8);
        }
    }
    return img;
}

void expectSamePixels(const render::Image& expected, const std::string& path) {
    render::Image read;
    std::string err;
    ASSERT_TRUE(render::readPng(path, &read, &err)) << err;
    ASSERT_EQ(read.width, expected.width);
    ASSERT_EQ(read.height, expected.height);
    EXPECT_TRUE(read.rgba == expected.rgba) << path;
}

TEST(PngParallel, RoundTripsOddSizesInUnevenBandsWithTheirDpi) {
    const int sizes[][2] = {{1, 1}, {3, 5}, {1001, 7}, {33, 65}, {257, 300}, {4099, 97}};
    for (const auto& s : sizes) {
        const render::Image img = testImage(s[0], s[1]);
        const std::string path = tempPath(std::to_string(s[0]) + "x" + std::to_string(s[1]));
        render::PngStreamWriter png;
        std::string err;
        ASSERT_TRUE(png.open(path, s[0], s[1], 300, &err)) << err;
        // Bands of 1, 40, then the rest: parts of different sizes, a one-row band among them.
        int y = 0;
        for (int band : {1, 40, s[1]}) {
            const int rows = std::min(band, s[1] - y);
            if (rows <= 0) break;
            ASSERT_TRUE(png.writeRows(img.pixel(0, y), rows, &err)) << err;
            y += rows;
        }
        ASSERT_TRUE(png.finish(&err)) << err;
        expectSamePixels(img, path);
        EXPECT_NEAR(render::readPngDpi(path), 300.0, 0.01);
        std::remove(path.c_str());
    }
}

// An opaque image written without its alpha channel: an RGB PNG (colour type 2) that decodes to
// the same pixels, smaller than the RGBA one.
TEST(PngParallel, AnOpaqueImageIsWrittenAsRgb) {
    render::Image img = testImage(1001, 97);
    for (size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
    const std::string rgb = tempPath("rgb"), rgba = tempPath("rgba");
    for (const bool alpha : {false, true}) {
        render::PngStreamWriter png;
        std::string err;
        ASSERT_TRUE(png.open(alpha ? rgba : rgb, img.width, img.height, 96, &err, alpha)) << err;
        ASSERT_TRUE(png.writeRows(img.pixel(0, 0), 40, &err)) << err;
        ASSERT_TRUE(png.writeRows(img.pixel(0, 40), img.height - 40, &err)) << err;
        ASSERT_TRUE(png.finish(&err)) << err;
    }
    std::ifstream in(rgb, std::ios::binary);
    std::vector<char> head(26);
    in.read(head.data(), 26);
    EXPECT_EQ(head[25], 2) << "colour type RGB";
    expectSamePixels(img, rgb);
    expectSamePixels(img, rgba);
    EXPECT_LT(std::filesystem::file_size(rgb), std::filesystem::file_size(rgba));
    std::remove(rgb.c_str());
    std::remove(rgba.c_str());
}

// Many parts on many threads, assembled by hand: the parts join into one zlib stream.
TEST(PngParallel, ManyPartsMakeOneValidStream) {
    const render::Image img = testImage(640, 1000);
    render::PngDeflater deflater(img.width, 7);
    std::vector<uint8_t> idat;
    std::string err;
    ASSERT_TRUE(deflater.compress(img.pixel(0, 0), 333, false, &idat, &err)) << err;
    ASSERT_TRUE(deflater.compress(img.pixel(0, 333), 667, true, &idat, &err)) << err;
    std::vector<uint8_t> file = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    const uint8_t ihdr[13] = {0,          0, 640 >> 8, 640 & 255, 0, 0, 1000 >> 8,
                              1000 & 255, 8, 6,        0,         0, 0};
    render::appendPngChunk("IHDR", ihdr, sizeof ihdr, &file);
    render::appendPngChunk("IDAT", idat.data(), idat.size(), &file);
    render::appendPngChunk("IEND", nullptr, 0, &file);
    const std::string path = tempPath("parts.png");
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(file.data()),
               static_cast<std::streamsize>(file.size()));
    expectSamePixels(img, path);

    // A wrong Adler-32 is caught by the reader: the check above is a real one.
    file[file.size() - 12 - 4 - 1 - 4] ^= 1;  // last byte of the Adler-32, before the IDAT CRC
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(file.data()),
               static_cast<std::streamsize>(file.size()));
    render::Image read;
    EXPECT_FALSE(render::readPng(path, &read, &err) && read.rgba == img.rgba);
    std::remove(path.c_str());
}

TEST(PngParallel, AnIncompleteImageLeavesNoFile) {
    const render::Image img = testImage(64, 64);
    const std::string path = tempPath("incomplete.png");
    render::PngStreamWriter png;
    std::string err;
    ASSERT_TRUE(png.open(path, 64, 64, 0, &err)) << err;
    ASSERT_TRUE(png.writeRows(img.pixel(0, 0), 10, &err)) << err;
    EXPECT_FALSE(png.finish(&err));
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_EQ(render::readPngDpi(path), -1);
}

}  // namespace
