// Limits checked on a TOML file (the map manifest, a story) before toml++ sees it. toml++ recurses
// once per level of a dotted key or table header, so `a.a.a...` 100,000 levels deep overflows the
// stack; and a wrong path (/dev/zero, a named pipe, a huge file) must not hang or fill the memory.
// No GL, SDL or ImGui here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scene {

// How deep keys and values may nest: the segments of a table header and of a dotted key, plus
// the arrays and inline tables around a value, counted together. The shipped files need 6.
constexpr int kMaxTomlDepth = 64;

// Nullopt when `text` is within the limits (data::kMaxTomlBytes, kMaxTomlDepth); otherwise one
// message naming `fileName` and, for nesting, the line: "layers.toml:412: keys or values nest
// more than 64 levels deep ...". Strings and comments are skipped, so a dot or bracket inside them
// does not count. Linear in the text; nothing is allocated per byte.
std::optional<std::string> tomlLimitError(std::string_view text, const std::string& fileName);

// Reads a TOML file through data::readFileLimited (regular files of at most data::kMaxTomlBytes).
// False with *error ("story.toml: not a regular file (a named pipe)") when it cannot.
bool readTomlFile(const std::string& path, const std::string& what, std::string* text,
                  std::string* error);

}  // namespace scene
