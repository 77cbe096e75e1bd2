// Fuzz target: the timeline CSV loader. The input is cut at each 0x1E byte (ASCII record
// separator) into up to six file texts, in the order places, investments, corridor_segments,
// corridor_volumes, trade, events; files past the last piece are absent. The loaded data set then
// goes through the `corridor check` summary, which formats every amount and year it holds.
#include "fuzz_target.h"

#include "data/check.h"
#include "data/dataset.h"

#include <optional>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    data::DatasetTexts texts;
    std::optional<std::string>* files[] = {&texts.places,  &texts.investments, &texts.segments,
                                           &texts.volumes, &texts.trade,       &texts.events};
    std::size_t begin = 0;
    for (auto* file : files) {
        if (begin > input.size()) break;
        std::size_t end = input.find('\x1e', begin);
        if (end == std::string::npos) end = input.size();
        *file = input.substr(begin, end - begin);
        begin = end + 1;
    }
    const data::LoadResult result = data::loadDatasetFromTexts(texts, "fuzz/");
    (void)data::hashDatasetTexts(texts);
    std::ostringstream summary;
    data::writeSummary(result, "fuzz", summary);
    return 0;
}
