// `corridor render` to PDF and SVG through the real binary: the files are valid, carry the map's
// text as text and one group per layer, and the PDF rasterised matches the PNG export.
#include "../render/vector_xml_check.h"
#include "render/image.h"
#include "run_corridor.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using testing_cli::runCorridor;

std::string tempPath(const std::string& name) {
    return (std::filesystem::path(::testing::TempDir()) / ("vector_cli_" + name)).string();
}

std::string env() {
    // One geometry cache for the file's tests: the first builds it, the rest read it.
    return "NATURAL_EARTH_DIR=\"" + testing_cli::naturalEarthDir() + "\" CORRIDOR_CACHE_DIR=\"" +
           tempPath("cache") + "\" SDL_VIDEODRIVER=offscreen ";
}

bool havePoppler() {
    return std::system(
               "command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null "
               "2>&1 && command -v pdftoppm >/dev/null 2>&1") == 0;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// stdout of a shell command, runs of spaces squeezed to one.
std::string capture(const std::string& cmd) {
    std::string out;
    if (std::FILE* p = ::popen(cmd.c_str(), "r")) {
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        ::pclose(p);
    }
    std::string squeezed;
    for (char c : out) {
        if (!(c == ' ' && !squeezed.empty() && squeezed.back() == ' ')) squeezed += c;
    }
    return squeezed;
}

// A binary PPM (P6, what pdftoppm writes by default) as RGBA.
bool readPpm(const std::string& path, render::Image* image) {
    std::ifstream in(path, std::ios::binary);
    std::string magic;
    int w = 0, h = 0, max = 0;
    in >> magic >> w >> h >> max;
    in.get();
    if (magic != "P6" || w <= 0 || h <= 0 || max != 255) return false;
    std::vector<char> rgb(static_cast<size_t>(w) * h * 3);
    in.read(rgb.data(), static_cast<std::streamsize>(rgb.size()));
    if (!in) return false;
    image->width = w;
    image->height = h;
    image->rgba.resize(static_cast<size_t>(w) * h * 4);
    for (size_t i = 0; i < static_cast<size_t>(w) * h; ++i) {
        for (int c = 0; c < 3; ++c) image->rgba[i * 4 + c] = static_cast<uint8_t>(rgb[i * 3 + c]);
        image->rgba[i * 4 + 3] = 255;
    }
    return true;
}

TEST(VectorCli, PdfOfTheDefaultMapIsValidWithItsLabelsAsText) {
    if (!havePoppler()) GTEST_SKIP() << "poppler-utils (pdfinfo, pdftotext) not installed";
    const std::string pdf = tempPath("default.pdf");
    const auto r = runCorridor("render --size 960x540 --out \"" + pdf + "\"", "vector_", env());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const std::string info = capture("pdfinfo \"" + pdf + "\" 2>&1");
    EXPECT_NE(info.find("Pages: 1"), std::string::npos) << info;
    // 960x540 has the 1920x1080 composition: 0.667 px/pt, a 1440x810 pt page.
    EXPECT_NE(info.find("Page size: 1440 x 810 pts"), std::string::npos) << info;
    EXPECT_EQ(info.find("Syntax Error"), std::string::npos) << info;
    const std::string text = capture("pdftotext -raw \"" + pdf + "\" - 2>&1");
    // A country, a water body, corridor nodes, the legend.
    for (const char* word : {"KAZAKHSTAN", "Caspian Sea", "Aktau", "Khorgos", "Baku", "2025"})
        EXPECT_NE(text.find(word), std::string::npos) << word << " not in:\n" << text;
}

TEST(VectorCli, SvgOfTheDefaultMapIsWellFormedWithOneGroupPerLayer) {
    const std::string svg = tempPath("default.svg");
    const auto r = runCorridor("render --size 960x540 --out \"" + svg + "\"", "vector_", env());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const std::string doc = readFile(svg);
    EXPECT_EQ(testing_xml::wellFormedError(doc), "");
    // The manifest's layers shown at the home view, then the timeline's parts.
    for (const char* id : {"background", "land", "countries", "lakes", "rivers", "borders",
                           "coastline", "corridor", "flows", "totals", "nodes", "labels", "legend"})
        EXPECT_EQ(testing_xml::countOf(doc, std::string("<g id=\"") + id + "\""), 1u) << id;
}

TEST(VectorCli, FormatFlagPageSizeAndTransparent) {
    if (!havePoppler()) GTEST_SKIP() << "poppler-utils not installed";
    const std::string out = tempPath("a4.out");
    const auto r = runCorridor(
        "render --format pdf --page A4 --landscape --dpi 72 --transparent --no-labels --out \"" +
            out + "\"",
        "vector_", env());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(capture("pdfinfo \"" + out + "\"").find("Page size: 842 x 595 pts"),
              std::string::npos);
    const auto bad = runCorridor("render --landscape --out x.pdf", "vector_", env());
    EXPECT_EQ(bad.exitCode, 1) << bad.output;
    EXPECT_NE(bad.output.find("--landscape wants --page"), std::string::npos) << bad.output;
}

// The PDF drawn back to pixels at the PNG's size: the mean channel difference stays under 6
// (of 255). What differs is the arcs' pulses, the glows' and shadows' blur, the sea's grain and
// antialiasing; a shifted or missing layer moves the mean by far more.
TEST(VectorCli, RasterisedPdfMatchesThePngExport) {
    if (!havePoppler()) GTEST_SKIP() << "poppler-utils (pdftoppm) not installed";
    const std::string pdf = tempPath("match.pdf"), png = tempPath("match.png");
    const std::string ppm = tempPath("match_raster");
    for (const auto& out : {pdf, png}) {
        const auto r = runCorridor("render --size 960x540 --out \"" + out + "\"", "vector_", env());
        ASSERT_EQ(r.exitCode, 0) << r.output;
    }
    // 0.667 px/pt is 48 dpi.
    ASSERT_EQ(std::system(("pdftoppm -r 48 -singlefile \"" + pdf + "\" \"" + ppm + "\"").c_str()),
              0);
    render::Image raster, exported;
    ASSERT_TRUE(readPpm(ppm + ".ppm", &raster));
    std::string err;
    ASSERT_TRUE(render::readPng(png, &exported, &err)) << err;
    ASSERT_EQ(raster.width, exported.width);
    ASSERT_EQ(raster.height, exported.height);
    double sum = 0.0;
    for (size_t i = 0; i < raster.rgba.size(); i += 4) {
        for (int c = 0; c < 3; ++c) sum += std::abs(raster.rgba[i + c] - exported.rgba[i + c]);
    }
    const double mean = sum / (3.0 * raster.width * raster.height);
    std::printf("mean channel delta PDF vs PNG: %.2f\n", mean);
    EXPECT_LT(mean, 6.0);
}

}  // namespace
