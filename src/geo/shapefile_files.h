// The files of one shapefile before shapelib reads them: which exist, whether each is a regular
// file within the size its kind can have, whether the .shp and .shx headers are shapefile
// headers, and why shapelib refused an index. Internal to geo (shapefile.cpp).
// No GL, SDL or ImGui here.
#pragma once

#include <shapefil.h>

#include <cstdint>
#include <optional>
#include <string>

namespace geo {

// Largest file of each kind that is read. .shp and .dbf offsets are 32-bit; an index holds 8
// bytes a record; a .prj is a CRS definition of a few kilobytes; a .cpg names a code page.
constexpr std::uint64_t kMaxShpBytes = std::uint64_t(4) << 30;
constexpr std::uint64_t kMaxShxBytes = std::uint64_t(256) << 20;
constexpr std::uint64_t kMaxDbfBytes = std::uint64_t(4) << 30;
constexpr std::uint64_t kMaxPrjBytes = 64 * 1024;
constexpr std::uint64_t kMaxCpgBytes = 1024;

// The limit for a path by its extension (any case); kMaxShpBytes for anything else.
std::uint64_t maxBytesFor(const std::string& path);

// "64 KB", "256 MB", "4 GB".
std::string formatLimit(std::uint64_t bytes);

// shapelib hooks that open only regular files within maxBytesFor (a FIFO would block forever and
// /dev/zero never end), read-only, with shapelib's own messages silenced.
SAHooks regularFileHooks();

// stem + lower, else stem + upper, whichever exists (as anything); "" when neither does.
std::string existingPart(const std::string& stem, const char* lower, const char* upper);

// The 100-byte header shared by .shp and .shx.
struct MainHeader {
    std::int32_t fileCode = 0;     // 9994
    std::int32_t lengthWords = 0;  // file length in 16-bit words
    std::int32_t version = 0;      // 1000
    std::int32_t shapeType = 0;
};

// Reads and checks the header of `path` (a .shp, or a .shx when `index`); returns why it is not a
// shapefile header ("not a shapefile (header code 0, expected 9994)"), or nothing when it is.
std::optional<std::string> checkMainHeader(const std::string& path, bool index, MainHeader* out);

// Why shapelib refused the .shx at `shxPath` ("record 2 has length -16"), when the index shows
// it; "" when it does not.
std::string diagnoseIndex(const std::string& shxPath);

}  // namespace geo
