#include "render/export_png.h"

#include <png.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace render {

namespace {

// Names the common failures in words (ENOSPC says "No space left on device" already).
std::string reason(const std::string& pngError, int err) {
    if (err == ENOSPC) return "disk full (no space left on device)";
    if (err != 0) return std::strerror(err);
    return pngError.empty() ? "write failed" : pngError;
}

void putBigEndian(uint32_t v, uint8_t* out) {
    for (int i = 0; i < 4; ++i) out[i] = static_cast<uint8_t>(v >> (24 - 8 * i));
}

// IDAT chunks of at most this many bytes (any size is valid; this keeps each CRC pass short).
constexpr size_t kIdatChunkBytes = size_t{1} << 20;

const char* fileKind(mode_t mode) {
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a named pipe";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

}  // namespace

bool checkOutputPath(const std::string& path, std::string* resolved, std::string* error) {
    auto refuse = [&](const std::string& what) {
        if (error) *error = path + ": " + what;
        return false;
    };
    const std::filesystem::path p(path);
    const std::string name = p.filename().string();
    if (name.empty() || name == "." || name == "..") return refuse("names a folder, not a file");
    std::string dir = p.parent_path().string();
    if (dir.empty()) dir = ".";
    // The folder first, with its links followed: the check below and the final rename then
    // look at the same directory entry.
    char real[PATH_MAX];
    errno = 0;
    if (!::realpath(dir.c_str(), real))
        return refuse("cannot write there: " + dir + ": " + std::strerror(errno));
    struct stat st {};
    if (::stat(real, &st) != 0 || !S_ISDIR(st.st_mode))
        return refuse("cannot write there: " + dir + " is not a folder");
    const std::string target = (std::string(real) == "/" ? "" : std::string(real)) + "/" + name;
    errno = 0;
    if (::lstat(target.c_str(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return refuse("is a symbolic link; not replacing it (name the file it points to)");
        if (S_ISDIR(st.st_mode)) return refuse("is a folder; a file name is wanted");
        if (!S_ISREG(st.st_mode))
            return refuse(std::string("is ") + fileKind(st.st_mode) +
                          ", not a regular file; not replacing it");
    } else if (errno != ENOENT) {
        return refuse(std::strerror(errno));
    }
    if (resolved) *resolved = target;
    return true;
}

PngStreamWriter::~PngStreamWriter() {
    abandon();
}

void PngStreamWriter::abandon() {
    m_deflater.reset();
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
        if (!m_tmp.empty()) std::remove(m_tmp.c_str());  // an unnamed file just goes
    }
}

bool PngStreamWriter::openTemporary(const std::string& dir, const std::string& name) {
    m_tmp.clear();
#ifdef O_TMPFILE
    // Unnamed until finished: nothing is left behind even when the process is killed.
    if (const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666); fd >= 0) {
        m_file = ::fdopen(fd, "wb");
        if (!m_file) ::close(fd);
        return m_file != nullptr;
    }
#endif
    // The file system has no unnamed files: a name beside the target, never through a link.
    m_tmp = dir + "/" + name + ".tmp-" + std::to_string(::getpid());
    const int fd =
        ::open(m_tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) return false;
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        ::close(fd);
        std::remove(m_tmp.c_str());
    }
    return m_file != nullptr;
}

bool PngStreamWriter::fail(const std::string& what, std::string* error) {
    const int err = errno;
    if (error) *error = m_path + ": " + what + ": " + reason("", err);
    abandon();
    return false;
}

bool PngStreamWriter::open(const std::string& path, int widthPx, int heightPx, double dpi,
                           std::string* error, bool alpha) {
    abandon();
    m_path = path;
    m_width = widthPx;
    m_height = heightPx;
    m_rowsWritten = 0;
    if (!checkOutputPath(path, &m_target, error)) return false;
    const std::filesystem::path target(m_target);
    errno = 0;
    if (!openTemporary(target.parent_path().string(), target.filename().string())) {
        if (error) *error = path + ": cannot write: " + reason("", errno);
        return false;
    }
    m_deflater = std::make_unique<PngDeflater>(widthPx, 0, 1, alpha ? 4 : 3);
    // The signature, the header (8-bit RGBA or RGB, not interlaced) and the pixel density.
    std::vector<uint8_t> head = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    uint8_t ihdr[13] = {};
    putBigEndian(static_cast<uint32_t>(widthPx), ihdr);
    putBigEndian(static_cast<uint32_t>(heightPx), ihdr + 4);
    ihdr[8] = 8;              // bits per channel
    ihdr[9] = alpha ? 6 : 2;  // colour type RGBA or RGB; compression, filter, interlace 0
    appendPngChunk("IHDR", ihdr, sizeof ihdr, &head);
    if (dpi > 0) {
        uint8_t phys[9] = {};
        const auto ppm = static_cast<uint32_t>(std::lround(dpi / 0.0254));
        putBigEndian(ppm, phys);
        putBigEndian(ppm, phys + 4);
        phys[8] = 1;  // unit: the metre
        appendPngChunk("pHYs", phys, sizeof phys, &head);
    }
    if (!put(head)) return fail("cannot write PNG", error);
    return true;
}

bool PngStreamWriter::put(const std::vector<uint8_t>& bytes) {
    errno = 0;
    return bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), m_file) == bytes.size();
}

bool PngStreamWriter::writeRows(const uint8_t* rgba, int rows, std::string* error) {
    if (!m_deflater) {
        if (error) *error = m_path + ": not open";
        return false;
    }
    rows = std::min(rows, m_height - m_rowsWritten);
    if (rows <= 0) return true;
    const bool last = m_rowsWritten + rows == m_height;
    std::vector<uint8_t> data;
    std::string zerr;
    if (!m_deflater->compress(rgba, rows, last, &data, &zerr)) {
        errno = 0;
        if (error) *error = m_path + ": cannot write PNG: " + zerr;
        abandon();
        return false;
    }
    m_rowsWritten += rows;
    m_out.clear();
    for (size_t at = 0; at < data.size(); at += kIdatChunkBytes)
        appendPngChunk("IDAT", data.data() + at, std::min(kIdatChunkBytes, data.size() - at),
                       &m_out);
    if (!put(m_out)) return fail("cannot write PNG", error);
    return true;
}

bool PngStreamWriter::finish(std::string* error) {
    if (!m_deflater || m_rowsWritten != m_height) {
        if (error) *error = m_path + ": image incomplete";
        abandon();
        return false;
    }
    m_out.clear();
    appendPngChunk("IEND", nullptr, 0, &m_out);
    if (!put(m_out)) return fail("cannot write PNG", error);
    m_deflater.reset();
    // fflush and fsync before the rename: a full disk shows up here, not after the rename.
    errno = 0;
    const bool flushed = std::fflush(m_file) == 0 && ::fsync(::fileno(m_file)) == 0;
    const int flushErr = errno;
    // An unnamed file gets its temporary name now (rename cannot replace a file with an unnamed
    // one); the rename below is then the same for both kinds.
    bool named = true;
    int linkErr = 0;
    if (flushed && m_tmp.empty()) {
        m_tmp = m_target + ".tmp-" + std::to_string(::getpid());
        ::unlink(m_tmp.c_str());  // a stale one of an earlier process with this id
        const std::string self = "/proc/self/fd/" + std::to_string(::fileno(m_file));
        named = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, m_tmp.c_str(), AT_SYMLINK_FOLLOW) == 0;
        linkErr = errno;
    }
    const bool closed = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!flushed || !closed) {
        if (error)
            *error = m_path + ": cannot write PNG: " + reason("", flushErr ? flushErr : errno);
        if (!m_tmp.empty()) std::remove(m_tmp.c_str());
        return false;
    }
    if (!named) {
        if (error)
            *error =
                m_path + ": cannot move the finished file into place: " + std::strerror(linkErr);
        return false;
    }
    if (std::rename(m_tmp.c_str(), m_target.c_str()) != 0) {
        if (error)
            *error = m_path + ": cannot move the finished file into place: " + std::strerror(errno);
        std::remove(m_tmp.c_str());
        return false;
    }
    return true;
}

double readPngDpi(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return -1;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    volatile double dpi = -1;
    if (png && info && setjmp(png_jmpbuf(png)) == 0) {
        png_init_io(png, f);
        png_read_info(png, info);
        png_uint_32 x = 0, y = 0;
        int unit = 0;
        dpi = 0;
        if (png_get_pHYs(png, info, &x, &y, &unit) && unit == PNG_RESOLUTION_METER)
            dpi = x * 0.0254;
    }
    if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    std::fclose(f);
    return dpi;
}

}  // namespace render
