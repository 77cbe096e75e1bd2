// Loading the timeline data: the shipped folder, and a synthetic million-row places.csv.
#include "data/dataset.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

void BM_LoadShippedData(benchmark::State& state) {
    for (auto _ : state) {
        data::LoadResult r = data::loadDataset(std::string(CORRIDOR_SOURCE_DIR) + "/assets/data");
        benchmark::DoNotOptimize(&r);
    }
}
BENCHMARK(BM_LoadShippedData)->Unit(benchmark::kMillisecond);

void BM_LoadMillionPlaces(benchmark::State& state) {
    data::DatasetTexts texts;
    std::string csv = "id,name,country,lon,lat,kind,coord_source\n";
    csv.reserve(64u * 1000000u);
    for (int i = 0; i < 1000000; ++i) {
        csv += "p" + std::to_string(i) + ",Place " + std::to_string(i) + ",KAZ," +
               std::to_string(50 + i % 40) + "," + std::to_string(40 + i % 15) + ",city,GeoNames\n";
    }
    texts.places = csv;
    for (auto _ : state) {
        data::LoadResult r = data::loadDatasetFromTexts(texts);
        benchmark::DoNotOptimize(&r);
    }
    state.SetItemsProcessed(state.iterations() * 1000000);
}
BENCHMARK(BM_LoadMillionPlaces)->Unit(benchmark::kMillisecond);

}  // namespace
