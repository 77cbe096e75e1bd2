// PNG encoding of a rendered map: the parallel encoder (render::PngDeflater, 1 thread and every
// core) against libpng row by row with the settings it replaced (SUB filter, zlib level 1).
// The image is a real render, named by $CORRIDOR_BENCH_PNG (e.g. `corridor render --size
// 3840x2160 --out /tmp/map4k.png`), so the figures hold for map content, not for noise.
#include "render/image.h"
#include "render/png_parallel.h"

#include <benchmark/benchmark.h>
#include <png.h>

#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

const render::Image* benchImage(benchmark::State& state) {
    static render::Image image;
    static bool tried = false;
    if (!tried) {
        tried = true;
        const char* path = std::getenv("CORRIDOR_BENCH_PNG");
        std::string err;
        if (path && !render::readPng(path, &image, &err)) image = {};
    }
    if (image.width == 0) {
        state.SkipWithError("set CORRIDOR_BENCH_PNG to a rendered map PNG");
        return nullptr;
    }
    state.SetLabel(std::to_string(image.width) + "x" + std::to_string(image.height));
    return &image;
}

void BM_PngParallel(benchmark::State& state) {
    const render::Image* img = benchImage(state);
    if (!img) return;
    int threads = static_cast<int>(state.range(0));
    if (threads == 0) threads = static_cast<int>(std::thread::hardware_concurrency());
    size_t bytes = 0;
    for (auto _ : state) {
        render::PngDeflater deflater(img->width, threads);
        std::vector<uint8_t> out;
        std::string err;
        deflater.compress(img->rgba.data(), img->height, true, &out, &err);
        bytes = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["threads"] = threads;
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_PngParallel)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

void toMemory(png_structp png, png_bytep data, png_size_t size) {
    auto* out = static_cast<std::vector<uint8_t>*>(png_get_io_ptr(png));
    out->insert(out->end(), data, data + size);
}

// The encoder before: libpng, one row at a time, on one core.
void BM_PngLibpngRows(benchmark::State& state) {
    const render::Image* img = benchImage(state);
    if (!img) return;
    size_t bytes = 0;
    for (auto _ : state) {
        std::vector<uint8_t> out;
        png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
        png_infop info = png_create_info_struct(png);
        if (setjmp(png_jmpbuf(png)) != 0) {
            png_destroy_write_struct(&png, &info);
            state.SkipWithError("libpng failed");
            return;
        }
        png_set_write_fn(png, &out, toMemory, nullptr);
        png_set_IHDR(png, info, static_cast<png_uint_32>(img->width),
                     static_cast<png_uint_32>(img->height), 8, PNG_COLOR_TYPE_RGBA,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
        png_set_compression_level(png, 1);
        png_write_info(png, info);
        for (int y = 0; y < img->height; ++y)
            png_write_row(png, const_cast<png_bytep>(img->pixel(0, y)));
        png_write_end(png, info);
        png_destroy_write_struct(&png, &info);
        bytes = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_PngLibpngRows)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
