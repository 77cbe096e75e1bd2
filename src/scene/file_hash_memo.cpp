#include "scene/file_hash_memo.h"

#include "scene/cache_io.h"
#include "scene/geometry_cache.h"

#include <sys/stat.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <optional>

namespace scene {

namespace {

constexpr int64_t kMemoVersion = 1;
constexpr const char* kParts[] = {".shp", ".shx", ".dbf", ".prj", ".cpg"};
// A file modified this recently is hashed but not remembered: a write later within the same
// timestamp granule would leave its modification time as it was.
constexpr int64_t kRecentNs = 2'000'000'000;

// What the memo compares, per file of the set: size, mtime and ctime (ns), inode and device;
// all -1 for a missing file.
using Signature = std::array<int64_t, 5 * 5>;

int64_t ns(const timespec& t) {
    return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// The set's signature, and whether a file of it changed too recently to be trusted.
Signature signatureOf(const std::string& shpPath, bool* recent) {
    Signature sig{};
    sig.fill(-1);
    const std::string stem = shpPath.size() > 4 ? shpPath.substr(0, shpPath.size() - 4) : "";
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    *recent = false;
    for (size_t i = 0; i < std::size(kParts); ++i) {
        struct stat st {};
        const std::string path = i == 0 ? shpPath : stem + kParts[i];
        if (::stat(path.c_str(), &st) != 0) continue;
        const int64_t m = ns(st.st_mtim), c = ns(st.st_ctim);
        sig[i * 5 + 0] = static_cast<int64_t>(st.st_size);
        sig[i * 5 + 1] = m;
        sig[i * 5 + 2] = c;
        sig[i * 5 + 3] = static_cast<int64_t>(st.st_ino);
        sig[i * 5 + 4] = static_cast<int64_t>(st.st_dev);
        if (ns(now) - m < kRecentNs) *recent = true;
    }
    return sig;
}

std::string memoPath(const std::string& dir, uint64_t key) {
    char name[64];
    std::snprintf(name, sizeof name, "/filehash-%016llx.bin", static_cast<unsigned long long>(key));
    return dir + name;
}

}  // namespace

uint64_t hashShapefileSetMemo(const std::string& shpPath, const std::string& cacheDir) {
    if (cacheDir.empty()) return hashShapefileSet(shpPath);
    bool recent = false;
    const Signature sig = signatureOf(shpPath, &recent);
    if (sig[0] < 0) return hashShapefileSet(shpPath);  // no .shp: as hashShapefileSet (0)
    const uint64_t key = hashBytes(shpPath.data(), shpPath.size(), 0x66696c65);  // "file"
    const std::string path = memoPath(cacheDir, key);
    if (const std::optional<std::string> payload = loadCachePayload(path, key)) {
        Reader r(payload->data(), payload->size());
        int64_t version = 0;
        std::string file;
        Signature stored{};
        uint64_t hash = 0;
        bool ok = r.pod(&version) && version == kMemoVersion && r.string(&file) && file == shpPath;
        for (int64_t& v : stored) ok = ok && r.pod(&v);
        ok = ok && r.pod(&hash) && r.atEnd();
        if (ok && stored == sig && hash != 0) return hash;
    }
    const uint64_t hash = hashShapefileSet(shpPath);
    if (hash != 0 && !recent) {
        Writer w;
        w.pod(kMemoVersion);
        w.string(shpPath);
        for (int64_t v : sig) w.pod(v);
        w.pod(hash);
        storeCachePayload(path, key, w.bytes());  // a memo that cannot be written: hashed again
    }
    return hash;
}

}  // namespace scene
