#include "data/file_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace data {
namespace {

std::string kindOf(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a plain file";
}

FileText failure(FileStatus status, std::string problem) {
    FileText out;
    out.status = status;
    out.problem = std::move(problem);
    return out;
}

FileText notRegular(mode_t mode) {
    return failure(FileStatus::NotRegularFile, "not a regular file (" + kindOf(mode) + ")");
}

// `size` 0: not known (the file grew while it was read, or the system reports no size).
FileText tooLarge(std::size_t size, std::size_t maxBytes) {
    const std::string what = size > 0 ? "is " + formatByteSize(size) + ", over" : "is over";
    return failure(FileStatus::TooLarge,
                   what + " the limit of " + formatByteSize(maxBytes) + " for this kind of file");
}

// Closes the descriptor on every path out.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::string formatByteSize(std::size_t bytes) {
    constexpr double kMb = 1024.0 * 1024.0;
    if (bytes < 1024 * 1024) return std::to_string(bytes) + " bytes";
    char text[32];
    const double mb = static_cast<double>(bytes) / kMb;
    if (bytes % (1024 * 1024) == 0)
        std::snprintf(text, sizeof text, "%.0f MB", mb);
    else
        std::snprintf(text, sizeof text, "%.1f MB", mb);
    return text;
}

FileText readFileLimited(const std::string& path, std::size_t maxBytes) {
    // stat first: opening a named pipe or a device can block or have effects of its own.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) return failure(FileStatus::Missing, "not found");
        return failure(FileStatus::Unreadable,
                       std::string("cannot be read: ") + std::strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) return notRegular(st.st_mode);
    if (static_cast<std::size_t>(st.st_size) > maxBytes)
        return tooLarge(static_cast<std::size_t>(st.st_size), maxBytes);

    // O_NONBLOCK: if the path was swapped for a pipe since the stat, open does not wait for a
    // writer; fstat below then rejects it.
    Fd fd{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (fd.fd < 0)
        return failure(FileStatus::Unreadable,
                       std::string("cannot be read: ") + std::strerror(errno));
    if (::fstat(fd.fd, &st) != 0 || !S_ISREG(st.st_mode)) return notRegular(st.st_mode);

    FileText out;
    out.text.reserve(static_cast<std::size_t>(st.st_size));
    std::vector<char> buffer(std::size_t{1} << 16);
    for (;;) {
        const ssize_t n = ::read(fd.fd, buffer.data(), buffer.size());
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            return failure(FileStatus::Unreadable,
                           std::string("cannot be read: ") + std::strerror(errno));
        }
        if (out.text.size() + static_cast<std::size_t>(n) > maxBytes) return tooLarge(0, maxBytes);
        out.text.append(buffer.data(), static_cast<std::size_t>(n));
    }
    out.status = FileStatus::Ok;
    return out;
}

}  // namespace data
