#include "render/sdf_glyph_cache.h"

#include "scene/cache_io.h"
#include "scene/geometry_cache.h"

#include <sys/stat.h>

#include <cstdio>

namespace render {

namespace {

// Bumped when the entry's layout or what a field holds changes.
constexpr uint32_t kGlyphFormat = 1;
// At most this many glyphs or texels in an entry: a damaged count fails before it allocates.
constexpr uint64_t kMaxGlyphs = 1u << 20;
constexpr int32_t kMaxSide = 4096;

}  // namespace

uint64_t sdfGlyphCacheKey(const std::vector<std::string>& fontFiles, float baseSizePx, int spreadPx,
                          int onEdge, float pixelDistScale) {
    scene::Writer w;
    w.pod(kGlyphFormat);
    w.pod(baseSizePx);
    w.pod(spreadPx);
    w.pod(onEdge);
    w.pod(pixelDistScale);
    for (const std::string& path : fontFiles) {
        w.string(path);
        if (path.empty()) continue;
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) return 0;
        w.pod(static_cast<int64_t>(st.st_size));
        w.pod(static_cast<int64_t>(st.st_mtim.tv_sec));
        w.pod(static_cast<int64_t>(st.st_mtim.tv_nsec));
        w.pod(static_cast<int64_t>(st.st_ctim.tv_sec));
        w.pod(static_cast<int64_t>(st.st_ctim.tv_nsec));
        w.pod(static_cast<uint64_t>(st.st_ino));
    }
    const uint64_t key = scene::hashBytes(w.bytes().data(), w.bytes().size(), 0x5df6);
    return key == 0 ? 1 : key;
}

std::string sdfGlyphCachePath(const std::string& dir, uint64_t key) {
    char name[32];
    std::snprintf(name, sizeof name, "%016llx.sdf", static_cast<unsigned long long>(key));
    return dir + "/" + name;
}

std::optional<std::vector<StoredGlyph>> loadSdfGlyphs(const std::string& dir, uint64_t key) {
    if (dir.empty() || key == 0) return std::nullopt;
    const std::optional<std::string> payload =
        scene::loadCachePayload(sdfGlyphCachePath(dir, key), key);
    if (!payload) return std::nullopt;
    scene::Reader r(payload->data(), payload->size());
    uint64_t n = 0;
    if (!r.pod(&n) || n > kMaxGlyphs) return std::nullopt;
    std::vector<StoredGlyph> out(n);
    for (StoredGlyph& g : out) {
        if (!r.pod(&g.font) || !r.pod(&g.glyph) || !r.pod(&g.width) || !r.pod(&g.height) ||
            !r.pod(&g.offX) || !r.pod(&g.offY) || !r.array(&g.pixels))
            return std::nullopt;
        if (g.font > 3 || g.width < 0 || g.height < 0 || g.width > kMaxSide ||
            g.height > kMaxSide ||
            g.pixels.size() != static_cast<size_t>(g.width) * static_cast<size_t>(g.height))
            return std::nullopt;
    }
    if (!r.atEnd()) return std::nullopt;
    return out;
}

bool storeSdfGlyphs(const std::string& dir, uint64_t key, const std::vector<StoredGlyph>& glyphs) {
    if (dir.empty() || key == 0) return false;
    scene::Writer w;
    w.pod(static_cast<uint64_t>(glyphs.size()));
    for (const StoredGlyph& g : glyphs) {
        w.pod(g.font);
        w.pod(g.glyph);
        w.pod(g.width);
        w.pod(g.height);
        w.pod(g.offX);
        w.pod(g.offY);
        w.array(g.pixels);
    }
    return scene::storeCachePayload(sdfGlyphCachePath(dir, key), key, w.bytes());
}

}  // namespace render
