// Opening and reading files only when they are regular files of a bounded size: a FIFO, a
// device (/dev/zero) or a folder given as a shapefile part or a grid would block or never end.
// No GL, SDL or ImGui here.
#pragma once

#include <cstdint>
#include <string>

namespace geo {

enum class FileStatus { Ok, Missing, NotRegular, TooLarge, Unreadable };

// "is not a regular file (a pipe, device or folder)", ... for messages; "" for Ok.
const char* describe(FileStatus status);

// What stat() says about `path` against `maxBytes` (follows symbolic links), without opening it.
FileStatus checkRegularFile(const std::string& path, std::uint64_t maxBytes);

// Opens `path` read-only without blocking on a FIFO; returns the descriptor (blocking again,
// close-on-exec) or -1 with *status saying why: missing, not a regular file, over maxBytes.
int openRegularFile(const std::string& path, std::uint64_t maxBytes, FileStatus* status);

struct FileBytes {
    FileStatus status = FileStatus::Missing;
    std::string bytes;
};

// The whole file when it is a regular file of at most maxBytes; else the status and no bytes.
FileBytes readRegularFile(const std::string& path, std::uint64_t maxBytes);

// The first `count` bytes (fewer when the file is shorter) of a regular file of at most maxBytes.
FileBytes readRegularFilePrefix(const std::string& path, std::uint64_t maxBytes, size_t count);

}  // namespace geo
