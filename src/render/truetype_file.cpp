#include "render/truetype_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace render {

FontBytes::~FontBytes() {
    if (m_mapped) ::munmap(m_mapped, m_size);
}

bool FontBytes::load(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return false;
    }
    m_size = static_cast<size_t>(st.st_size);
    if (m_size == 0) {  // read, and found to be no font
        ::close(fd);
        return true;
    }
    void* p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
        m_mapped = static_cast<unsigned char*>(p);
        ::close(fd);
        return true;
    }
    // Not mappable (some file systems): read it whole instead.
    m_copy.resize(m_size);
    size_t done = 0;
    while (done < m_size) {
        const ssize_t n = ::read(fd, m_copy.data() + done, m_size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    ::close(fd);
    const bool whole = done == m_size;
    m_size = done;
    m_copy.resize(done);
    return whole;
}

GlyphRef findGlyph(const TrueTypeFile& own, const TrueTypeFile* fallback, uint32_t codepoint) {
    const int cp = static_cast<int>(codepoint);
    if (const int g = stbtt_FindGlyphIndex(&own.info, cp); g != 0) return {&own, g, false};
    if (fallback)
        if (const int g = stbtt_FindGlyphIndex(&fallback->info, cp); g != 0)
            return {fallback, g, true};
    return {&own, stbtt_FindGlyphIndex(&own.info, '?'), false};
}

bool loadTrueTypeFile(const std::string& path, TrueTypeFile* out, std::string* error) {
    if (!out->bytes.load(path)) {
        if (error) *error = path + ": cannot read";
        return false;
    }
    // stb_truetype trusts the offsets in the file's tables; a file too short for its own header
    // is refused here (a font that is corrupt deeper down is still read as it says).
    const int offset =
        out->bytes.size() >= 12 ? stbtt_GetFontOffsetForIndex(out->bytes.data(), 0) : -1;
    if (offset < 0 || !stbtt_InitFont(&out->info, out->bytes.data(), offset)) {
        if (error) *error = path + ": not a TrueType/OpenType font stb_truetype can read";
        return false;
    }
    stbtt_GetFontVMetrics(&out->info, &out->ascent, &out->descent, &out->lineGap);
    return true;
}

}  // namespace render
