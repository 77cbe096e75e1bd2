#include "geo/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace geo {

const char* describe(FileStatus status) {
    switch (status) {
        case FileStatus::Ok:
            return "";
        case FileStatus::Missing:
            return "is missing";
        case FileStatus::NotRegular:
            return "is not a regular file (a pipe, device or folder)";
        case FileStatus::TooLarge:
            return "is larger than such a file can be";
        case FileStatus::Unreadable:
            return "cannot be read";
    }
    return "";
}

FileStatus checkRegularFile(const std::string& path, std::uint64_t maxBytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? FileStatus::Missing : FileStatus::Unreadable;
    if (!S_ISREG(st.st_mode)) return FileStatus::NotRegular;
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes) return FileStatus::TooLarge;
    return FileStatus::Ok;
}

int openRegularFile(const std::string& path, std::uint64_t maxBytes, FileStatus* status) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. The
    // kind is then checked on the open descriptor, so nothing can swap the file in between.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *status =
            errno == ENOENT || errno == ENOTDIR ? FileStatus::Missing : FileStatus::Unreadable;
        return -1;
    }
    struct stat st {};
    FileStatus s = FileStatus::Ok;
    if (::fstat(fd, &st) != 0) {
        s = FileStatus::Unreadable;
    } else if (!S_ISREG(st.st_mode)) {
        s = FileStatus::NotRegular;
    } else if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
        s = FileStatus::TooLarge;
    } else {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) s = FileStatus::Unreadable;
    }
    *status = s;
    if (s != FileStatus::Ok) {
        ::close(fd);
        return -1;
    }
    return fd;
}

FileBytes readRegularFilePrefix(const std::string& path, std::uint64_t maxBytes, size_t count) {
    FileBytes out;
    const int fd = openRegularFile(path, maxBytes, &out.status);
    if (fd < 0) return out;
    // Reads until `count` bytes or the end, and never past maxBytes: a file that grows while it
    // is read is cut there. Sized from the file's length up front and read straight into the
    // string (a 9 MB cache entry in a few reads, not regrown and copied 8 KB at a time); a
    // file that changes length meanwhile is still read to its real end.
    const std::uint64_t limit = std::min<std::uint64_t>(count, maxBytes);
    struct stat st {};
    const std::uint64_t expected =
        ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
    size_t size = 0;
    out.bytes.resize(static_cast<size_t>(std::min<std::uint64_t>(limit, expected + 1)));
    while (size < limit) {
        if (size == out.bytes.size())
            out.bytes.resize(static_cast<size_t>(
                std::min<std::uint64_t>(limit, std::max<size_t>(8192, 2 * size))));
        const ssize_t n = ::read(fd, &out.bytes[size], out.bytes.size() - size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            out.status = FileStatus::Unreadable;
            size = 0;
            break;
        }
        if (n == 0) break;
        size += static_cast<size_t>(n);
    }
    out.bytes.resize(size);
    ::close(fd);
    return out;
}

FileBytes readRegularFile(const std::string& path, std::uint64_t maxBytes) {
    return readRegularFilePrefix(path, maxBytes, static_cast<size_t>(maxBytes));
}

}  // namespace geo
