// Byte-level helpers of the on-disk caches (geometry_cache, label_cache): a writer of plain
// values, arrays and strings, and a reader that checks every bound so a damaged payload fails
// cleanly instead of reading past its end. No GL here.
#pragma once

#include "geo/regular_file.h"
#include "geo/shapefile_files.h"

#include "geo/types.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace scene {

// Appends plain values and arrays to a byte string.
class Writer {
public:
    template <typename T>
    void pod(const T& v) {
        static_assert(std::is_trivially_copyable<T>::value, "raw bytes only");
        m_out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    template <typename T>
    void array(const std::vector<T>& v) {
        pod(static_cast<uint64_t>(v.size()));
        if (!v.empty()) m_out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void string(const std::string& s) {
        pod(static_cast<uint64_t>(s.size()));
        m_out.append(s);
    }
    void paths(const std::vector<geo::Path>& paths) {
        pod(static_cast<uint64_t>(paths.size()));
        for (const auto& p : paths) array(p);
    }
    void strings(const std::vector<std::string>& v) {
        pod(static_cast<uint64_t>(v.size()));
        for (const auto& s : v) string(s);
    }
    std::string& bytes() { return m_out; }

private:
    std::string m_out;
};

// Reads what Writer wrote; every read checks the bounds, so a damaged payload fails cleanly.
class Reader {
public:
    Reader(const char* data, size_t size) : m_p(data), m_end(data + size) {}
    template <typename T>
    bool pod(T* v) {
        if (static_cast<size_t>(m_end - m_p) < sizeof(T)) return false;
        std::memcpy(v, m_p, sizeof(T));
        m_p += sizeof(T);
        return true;
    }
    template <typename T>
    bool array(std::vector<T>* v) {
        uint64_t n = 0;
        if (!pod(&n) || n > static_cast<uint64_t>(m_end - m_p) / sizeof(T)) return false;
        v->resize(n);
        if (n) std::memcpy(v->data(), m_p, n * sizeof(T));
        m_p += n * sizeof(T);
        return true;
    }
    bool string(std::string* s) {
        uint64_t n = 0;
        if (!pod(&n) || n > static_cast<uint64_t>(m_end - m_p)) return false;
        s->assign(m_p, n);
        m_p += n;
        return true;
    }
    bool paths(std::vector<geo::Path>* out) {
        uint64_t n = 0;
        if (!pod(&n) || n > static_cast<uint64_t>(m_end - m_p) / sizeof(uint64_t)) return false;
        out->resize(n);
        for (auto& p : *out) {
            if (!array(&p)) return false;
        }
        return true;
    }
    bool strings(std::vector<std::string>* out) {
        uint64_t n = 0;
        if (!pod(&n) || n > static_cast<uint64_t>(m_end - m_p) / sizeof(uint64_t)) return false;
        out->resize(n);
        for (auto& s : *out) {
            if (!string(&s)) return false;
        }
        return true;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    const char* m_p;
    const char* m_end;
};

// The whole file; false when it cannot be read, is not a regular file (a FIFO would block the
// cache key forever, /dev/zero never end) or is larger than maxBytes (by default the limit for
// its kind of shapefile part, 4 GB for anything else).
inline bool readWholeFile(const std::string& path, std::string* out) {
    geo::FileBytes file = geo::readRegularFile(path, geo::maxBytesFor(path));
    if (file.status != geo::FileStatus::Ok) return false;
    *out = std::move(file.bytes);
    return true;
}

}  // namespace scene
