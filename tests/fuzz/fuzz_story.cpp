// Fuzz target: the input is the text of a story file (assets/scenes/*.toml), parsed by
// scene::parseStory; a story that parses is written back and must parse again.
#include "fuzz_target.h"

#include "scene/story.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const scene::StoryResult result = scene::parseStory(text, "story.toml");
    if (!result.ok()) return 0;
    const scene::StoryResult again =
        scene::parseStory(scene::storyToToml(result.story), "written.toml");
    // What the writer writes, the reader reads: anything else is a bug worth a crash.
    if (!again.ok() || again.story.steps.size() != result.story.steps.size()) std::abort();
    return 0;
}
