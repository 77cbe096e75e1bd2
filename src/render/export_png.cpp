#include "render/export_png.h"

#include <png.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace render {

namespace {

void onError(png_structp png, png_const_charp message) {
    auto* text = static_cast<std::string*>(png_get_error_ptr(png));
    if (text) *text = message ? message : "libpng error";
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// Names the common failures in words (ENOSPC says "No space left on device" already).
std::string reason(const std::string& pngError, int err) {
    if (err == ENOSPC) return "disk full (no space left on device)";
    if (err != 0) return std::strerror(err);
    return pngError.empty() ? "write failed" : pngError;
}

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
    if (m_png) {
        auto png = static_cast<png_structp>(m_png);
        auto info = static_cast<png_infop>(m_info);
        png_destroy_write_struct(&png, info ? &info : nullptr);
        m_png = m_info = nullptr;
    }
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
    if (error) *error = m_path + ": " + what + ": " + reason(m_pngError, err);
    abandon();
    return false;
}

bool PngStreamWriter::open(const std::string& path, int widthPx, int heightPx, double dpi,
                           std::string* error) {
    abandon();
    m_path = path;
    m_width = widthPx;
    m_height = heightPx;
    m_rowsWritten = 0;
    m_pngError.clear();
    if (!checkOutputPath(path, &m_target, error)) return false;
    const std::filesystem::path target(m_target);
    errno = 0;
    if (!openTemporary(target.parent_path().string(), target.filename().string())) {
        if (error) *error = path + ": cannot write: " + reason("", errno);
        return false;
    }
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, &m_pngError, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    m_png = png;
    m_info = info;
    if (!png || !info) return fail("cannot start PNG", error);
    // libpng reports errors by longjmp: nothing with a destructor may live inside this block.
    if (setjmp(png_jmpbuf(png)) != 0) return fail("cannot write PNG", error);
    png_init_io(png, m_file);
    png_set_IHDR(png, info, static_cast<png_uint_32>(widthPx), static_cast<png_uint_32>(heightPx),
                 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (dpi > 0) {
        const auto ppm = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
        png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
    }
    // Speed over size: the SUB filter alone (libpng's default tries all five on every row) and
    // zlib level 1 encode a 4K map several times faster for a file about a fifth larger; maps
    // are mostly flat colour, which SUB + deflate handle well at any level.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    return true;
}

bool PngStreamWriter::writeRows(const uint8_t* rgba, int rows, std::string* error) {
    if (!m_png) {
        if (error) *error = m_path + ": not open";
        return false;
    }
    auto png = static_cast<png_structp>(m_png);
    errno = 0;
    if (setjmp(png_jmpbuf(png)) != 0) return fail("cannot write PNG", error);
    const size_t stride = static_cast<size_t>(m_width) * 4;
    for (int y = 0; y < rows && m_rowsWritten < m_height; ++y, ++m_rowsWritten) {
        png_write_row(png, const_cast<png_bytep>(rgba + y * stride));
    }
    return true;
}

bool PngStreamWriter::finish(std::string* error) {
    if (!m_png || m_rowsWritten != m_height) {
        if (error) *error = m_path + ": image incomplete";
        abandon();
        return false;
    }
    auto png = static_cast<png_structp>(m_png);
    errno = 0;
    if (setjmp(png_jmpbuf(png)) != 0) return fail("cannot write PNG", error);
    png_write_end(png, static_cast<png_infop>(m_info));
    auto info = static_cast<png_infop>(m_info);
    png_destroy_write_struct(&png, &info);
    m_png = m_info = nullptr;
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
