#include "scene/geometry_cache.h"

#include "scene/cache_io.h"
#include "scene/polygon_edges.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <type_traits>

namespace scene {

namespace {

// Bump when the layout or what buildMap computes changes: old entries then simply miss.
// 2: the fills' outline edges (FillEdge) follow each fill mesh.
constexpr uint32_t kFormatVersion = 2;
constexpr char kMagic[8] = {'C', 'O', 'R', 'G', 'E', 'O', 'C', '\n'};

struct Header {
    char magic[8];
    uint32_t version;
    uint32_t reserved;
    uint64_t key;
    uint64_t payloadSize;
    uint64_t payloadHash;
};
static_assert(sizeof(Header) == 40, "the header is written as raw bytes");
static_assert(sizeof(FillEdge) == 40, "edges are written as raw bytes, without padding");

constexpr uint64_t kMul1 = 0x9E3779B97F4A7C15ull;
constexpr uint64_t kMul2 = 0xC2B2AE3D27D4EB4Full;

uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

void serialize(const CachedLayer& c, Writer& w) {
    const LayerGeometry& g = c.geometry;
    w.pod(static_cast<uint64_t>(g.features.size()));
    for (const auto& f : g.features) {
        w.pod(static_cast<int32_t>(f.record));
        w.pod(static_cast<int32_t>(f.paletteIndex));
        w.pod(f.widthFactor);
        w.string(f.className);
    }
    w.array(g.fill.positions);
    w.array(g.fill.indices);
    w.array(g.vertexFeature);
    w.array(g.fillEdges);
    for (const auto& band : g.fillBands) {
        w.array(band.mesh.positions);
        w.array(band.mesh.indices);
        w.array(band.vertexFeature);
        w.array(band.edges);
    }
    w.paths(g.lines);
    w.array(g.lineFeature);
    w.pod(static_cast<uint64_t>(g.lineBands.size()));
    for (const auto& band : g.lineBands) w.paths(band);
    w.array(g.points);
    w.array(g.pointFeature);
    w.pod(static_cast<uint8_t>(g.loaded ? 1 : 0));
    w.strings(c.errors);
    w.strings(c.warnings);
}

bool deserialize(Reader& r, CachedLayer* c) {
    LayerGeometry& g = c->geometry;
    uint64_t n = 0;
    if (!r.pod(&n) || n > (1ull << 32)) return false;
    g.features.resize(n);
    for (auto& f : g.features) {
        int32_t record = 0, palette = 0;
        if (!r.pod(&record) || !r.pod(&palette) || !r.pod(&f.widthFactor) ||
            !r.string(&f.className))
            return false;
        f.record = record;
        f.paletteIndex = palette;
    }
    if (!r.array(&g.fill.positions) || !r.array(&g.fill.indices) || !r.array(&g.vertexFeature) ||
        !r.array(&g.fillEdges))
        return false;
    for (auto& band : g.fillBands) {
        if (!r.array(&band.mesh.positions) || !r.array(&band.mesh.indices) ||
            !r.array(&band.vertexFeature) || !r.array(&band.edges))
            return false;
    }
    if (!r.paths(&g.lines) || !r.array(&g.lineFeature)) return false;
    if (!r.pod(&n) || n > 64) return false;
    g.lineBands.resize(n);
    for (auto& band : g.lineBands) {
        if (!r.paths(&band)) return false;
    }
    uint8_t loaded = 0;
    if (!r.array(&g.points) || !r.array(&g.pointFeature) || !r.pod(&loaded)) return false;
    g.loaded = loaded != 0;
    if (!r.strings(&c->errors) || !r.strings(&c->warnings)) return false;
    // Indices must stay inside what they index, whatever the file says.
    auto indicesOk = [](const geo::Mesh& m, const std::vector<uint32_t>& feature, size_t nf) {
        if (feature.size() != m.positions.size() || m.indices.size() % 3 != 0) return false;
        for (uint32_t i : m.indices) {
            if (i >= m.positions.size()) return false;
        }
        for (uint32_t f : feature) {
            if (f >= nf) return false;
        }
        return true;
    };
    // The renderer looks both features of an edge up in the colour table.
    auto edgesOk = [](const std::vector<FillEdge>& edges, size_t nf) {
        for (const FillEdge& e : edges) {
            if (e.left >= nf || (e.right >= nf && e.right != kNoFeature)) return false;
        }
        return true;
    };
    if (!indicesOk(g.fill, g.vertexFeature, g.features.size()) ||
        !edgesOk(g.fillEdges, g.features.size()))
        return false;
    for (const auto& band : g.fillBands) {
        if (!indicesOk(band.mesh, band.vertexFeature, g.features.size()) ||
            !edgesOk(band.edges, g.features.size()))
            return false;
    }
    if (g.lineFeature.size() != g.lines.size() || g.pointFeature.size() != g.points.size())
        return false;
    for (const auto& band : g.lineBands) {
        if (band.size() != g.lines.size()) return false;
    }
    for (uint32_t f : g.lineFeature) {
        if (f >= g.features.size()) return false;
    }
    for (uint32_t f : g.pointFeature) {
        if (f >= g.features.size()) return false;
    }
    return r.atEnd();
}

}  // namespace

uint64_t hashBytes(const void* data, size_t size, uint64_t seed) {
    // Word at a time (a few GB/s), then the tail; the length is mixed in at the end.
    const auto* p = static_cast<const unsigned char*>(data);
    uint64_t h = seed ^ kMul1;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        h = (h ^ (w * kMul2)) * kMul1;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i + k < size; ++k) tail |= static_cast<uint64_t>(p[i + k]) << (8 * k);
    h = (h ^ (tail * kMul2)) * kMul1;
    return mix(h ^ static_cast<uint64_t>(size));
}

uint64_t hashShapefileSet(const std::string& shpPath) {
    std::string bytes;
    if (!readWholeFile(shpPath, &bytes)) return 0;
    uint64_t h = hashBytes(bytes.data(), bytes.size(), 1);
    const std::string stem =
        shpPath.size() > 4 ? shpPath.substr(0, shpPath.size() - 4) : std::string();
    for (const char* ext : {".shx", ".dbf", ".prj", ".cpg"}) {
        if (!readWholeFile(stem + ext, &bytes)) bytes.clear();
        h = hashBytes(bytes.data(), bytes.size(), h);
    }
    return h;
}

uint64_t layerCacheKey(const LayerDef& def, uint64_t fileHash, geo::ProjectionKind projection,
                       const geo::LonLatBox& clip) {
    // Everything buildMap's output for this layer depends on; style colours do not, except
    // whether polygon outlines are wanted at all.
    Writer w;
    w.pod(kFormatVersion);
    w.pod(fileHash);
    w.pod(static_cast<int32_t>(def.kind));
    w.pod(static_cast<int32_t>(projection));
    w.pod(clip);
    for (double t : kLineBandToleranceM) w.pod(t);
    for (double t : kFillBandToleranceM) w.pod(t);
    w.pod(static_cast<uint64_t>(def.filters.size()));
    for (const auto& f : def.filters) {
        w.string(f.field);
        w.pod(static_cast<int32_t>(f.op));
        w.string(f.value);
    }
    w.string(def.paletteField);
    w.string(def.classField);
    for (const auto& [cls, values] : def.classes) {
        w.string(cls);
        w.strings(values);
    }
    w.string(def.widthField);
    for (const auto& [v, factor] : def.widthStops) {
        w.pod(v);
        w.pod(factor);
    }
    bool outline = false;
    for (const auto& [theme, s] : def.styles)
        outline = outline || (s.stroke && s.strokeWidthPt > 0.f);
    w.pod(static_cast<uint8_t>(outline));
    return hashBytes(w.bytes().data(), w.bytes().size(), 7);
}

std::string cacheEntryPath(const std::string& dir, uint64_t key) {
    char name[32];
    std::snprintf(name, sizeof name, "%016llx.geo", static_cast<unsigned long long>(key));
    return dir + "/" + name;
}

std::optional<std::string> loadCachePayload(const std::string& path, uint64_t key) {
    std::string bytes;
    if (!readWholeFile(path, &bytes)) return std::nullopt;
    Header h{};
    if (bytes.size() < sizeof h) return std::nullopt;
    std::memcpy(&h, bytes.data(), sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kFormatVersion ||
        h.key != key || h.payloadSize != bytes.size() - sizeof h)
        return std::nullopt;
    if (hashBytes(bytes.data() + sizeof h, h.payloadSize, key) != h.payloadHash)
        return std::nullopt;
    bytes.erase(0, sizeof h);  // in place: no second copy of a 9 MB entry
    return bytes;
}

bool storeCachePayload(const std::string& path, uint64_t key, const std::string& payload) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kFormatVersion;
    h.key = key;
    h.payloadSize = payload.size();
    h.payloadHash = hashBytes(payload.data(), payload.size(), key);
    // Unique per process and call: two processes filling the cache at once never share a file.
    std::random_device rd;
    const std::string tmp =
        path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(rd());
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(&h, sizeof h, 1, f) == 1 &&
              std::fwrite(payload.data(), 1, payload.size(), f) == payload.size();
    ok = (std::fclose(f) == 0) && ok;
    if (ok) ok = std::rename(tmp.c_str(), path.c_str()) == 0;
    if (!ok) std::remove(tmp.c_str());
    return ok;
}

std::optional<CachedLayer> loadCachedLayer(const std::string& dir, uint64_t key) {
    if (dir.empty()) return std::nullopt;
    const std::optional<std::string> payload = loadCachePayload(cacheEntryPath(dir, key), key);
    if (!payload) return std::nullopt;
    CachedLayer c;
    Reader r(payload->data(), payload->size());
    if (!deserialize(r, &c)) return std::nullopt;
    return c;
}

bool storeCachedLayer(const std::string& dir, uint64_t key, const CachedLayer& layer) {
    if (dir.empty()) return false;
    Writer w;
    serialize(layer, w);
    return storeCachePayload(cacheEntryPath(dir, key), key, w.bytes());
}

std::string defaultCacheDir() {
    if (const char* d = std::getenv("CORRIDOR_CACHE_DIR"); d && *d) return d;
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x && x[0] == '/')
        return std::string(x) + "/corridor";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/corridor";
    return {};
}

}  // namespace scene
