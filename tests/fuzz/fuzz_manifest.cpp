// Fuzz target: the input is the text of a map manifest (layers.toml), parsed by
// scene::parseManifest. Every layer's filters are then matched against a few values, as
// buildMap would.
#include "fuzz_target.h"

#include "scene/manifest.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const scene::ManifestResult result = scene::parseManifest(text, "maps/layers.toml");
    if (!result.manifest) return 0;
    for (const auto& layer : result.manifest->layers) {
        for (const auto& filter : layer.filters) {
            for (const char* value : {"", "3", "-1e308", "KAZ", "nan"})
                (void)scene::filterMatches(filter, value);
        }
        (void)layer.style("dark");
    }
    return 0;
}
