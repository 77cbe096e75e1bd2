// Reading a whole input file safely: regular files only (a named pipe would block, /dev/zero never
// ends) and at most a size limit suited to the kind of file, so a wrong path cannot hang the
// program or fill the memory. Standard library and POSIX only; never throws.
#pragma once

#include <cstddef>
#include <string>

namespace data {

// Size limits per kind of file. The shipped files are a few kB; these leave room for real data
// and stop a wrong file early.
constexpr std::size_t kMaxCsvBytes = std::size_t{64} << 20;  // a timeline CSV file
constexpr std::size_t kMaxTomlBytes = std::size_t{4} << 20;  // a manifest or a story

enum class FileStatus {
    Ok,
    Missing,         // no such file
    NotRegularFile,  // a folder, named pipe, device or socket
    TooLarge,        // over the limit
    Unreadable,      // exists but cannot be opened or read (permissions, I/O error)
};

struct FileText {
    FileStatus status = FileStatus::Missing;
    std::string text;     // the bytes when status is Ok, else empty
    std::string problem;  // when not Ok: "not a regular file (a named pipe)", "is 80.0 MB; ..."
    bool ok() const { return status == FileStatus::Ok; }
};

// Reads all of `path` in binary mode when it is a regular file of at most `maxBytes` bytes. The
// size is checked before reading and again while reading (a file that grows, or one whose size
// the system does not know, stops at the limit).
FileText readFileLimited(const std::string& path, std::size_t maxBytes);

// "64 MB", "4.5 MB", "812 bytes": sizes in messages.
std::string formatByteSize(std::size_t bytes);

}  // namespace data
