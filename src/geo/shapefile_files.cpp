#include "geo/shapefile_files.h"

#include "geo/regular_file.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <cstring>

namespace geo {

namespace {

void quietError(const char*) {}

SAFile openRegular(const char* filename, const char* access) {
    if (!filename || !access || std::strchr(access, 'w') || std::strchr(access, '+') ||
        std::strchr(access, 'a'))
        return nullptr;  // only ever read
    FileStatus status = FileStatus::Ok;
    const int fd = openRegularFile(filename, maxBytesFor(filename), &status);
    if (fd < 0) return nullptr;
    FILE* f = ::fdopen(fd, "rb");
    if (!f) {
        ::close(fd);
        return nullptr;
    }
    // The default hooks, used for everything else, take the SAFile for a FILE*.
    return reinterpret_cast<SAFile>(f);
}

std::int32_t bigEndian(const unsigned char* p) {
    return static_cast<std::int32_t>(std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 |
                                     std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]));
}

std::int32_t littleEndian(const unsigned char* p) {
    return static_cast<std::int32_t>(std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 |
                                     std::uint32_t(p[1]) << 8 | std::uint32_t(p[0]));
}

std::string extensionOf(const std::string& path) {
    const size_t dot = path.find_last_of('.');
    const size_t slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

}  // namespace

std::uint64_t maxBytesFor(const std::string& path) {
    const std::string ext = extensionOf(path);
    if (ext == ".shx") return kMaxShxBytes;
    if (ext == ".dbf") return kMaxDbfBytes;
    if (ext == ".prj") return kMaxPrjBytes;
    if (ext == ".cpg") return kMaxCpgBytes;
    return kMaxShpBytes;
}

std::string formatLimit(std::uint64_t bytes) {
    if (bytes >= (std::uint64_t(1) << 30)) return std::to_string(bytes >> 30) + " GB";
    if (bytes >= (std::uint64_t(1) << 20)) return std::to_string(bytes >> 20) + " MB";
    if (bytes >= 1024) return std::to_string(bytes >> 10) + " KB";
    return std::to_string(bytes) + " bytes";
}

SAHooks regularFileHooks() {
    SAHooks hooks;
    SASetupDefaultHooks(&hooks);
    hooks.FOpen = openRegular;
    // shapelib reports through a C callback with no user data; we produce our own messages.
    hooks.Error = quietError;
    return hooks;
}

std::string existingPart(const std::string& stem, const char* lower, const char* upper) {
    for (const char* ext : {lower, upper}) {
        if (checkRegularFile(stem + ext, UINT64_MAX) != FileStatus::Missing) return stem + ext;
    }
    return "";
}

std::optional<std::string> checkMainHeader(const std::string& path, bool index, MainHeader* out) {
    const FileBytes head = readRegularFilePrefix(path, maxBytesFor(path), 100);
    if (head.status != FileStatus::Ok) return std::string(describe(head.status));
    if (head.bytes.size() < 100) {
        return "too short for a shapefile header (" + std::to_string(head.bytes.size()) +
               " bytes, the header alone is 100)";
    }
    const auto* b = reinterpret_cast<const unsigned char*>(head.bytes.data());
    out->fileCode = bigEndian(b);
    out->lengthWords = bigEndian(b + 24);
    out->version = littleEndian(b + 28);
    out->shapeType = littleEndian(b + 32);
    const char* what = index ? "not a shapefile index" : "not a shapefile";
    if (out->fileCode != 9994) {
        return std::string(what) + " (header code " + std::to_string(out->fileCode) +
               ", expected 9994)";
    }
    if (out->version != 1000) {
        return std::string(what) + " (version " + std::to_string(out->version) + ", expected 1000)";
    }
    return std::nullopt;
}

std::string diagnoseIndex(const std::string& shxPath) {
    const FileBytes shx = readRegularFile(shxPath, kMaxShxBytes);
    if (shx.status != FileStatus::Ok || shx.bytes.size() < 100) return "";
    const auto* b = reinterpret_cast<const unsigned char*>(shx.bytes.data());
    const std::int64_t listed = (std::int64_t(bigEndian(b + 24)) * 2 - 100) / 8;
    const std::int64_t held = static_cast<std::int64_t>(shx.bytes.size() - 100) / 8;
    if (listed < 0 || listed > 256000000) {
        return "its header lists " + std::to_string(listed) + " records";
    }
    if (listed > held) {
        return "its header lists " + std::to_string(listed) + " records but it holds " +
               std::to_string(held);
    }
    // The checks shapelib makes: offsets and lengths (in 16-bit words) must be positive ints.
    for (std::int64_t i = 0; i < listed; ++i) {
        const std::int32_t offset = bigEndian(b + 100 + 8 * i);
        const std::int32_t length = bigEndian(b + 104 + 8 * i);
        if (offset < 0 || std::uint32_t(length) > std::uint32_t(INT_MAX / 2 - 4)) {
            return "record " + std::to_string(i) + " has " +
                   (offset < 0 ? "offset " + std::to_string(offset)
                               : "length " + std::to_string(length)) +
                   " (16-bit words)";
        }
    }
    return "";
}

}  // namespace geo
