#include "geo/shapefile.h"

#include "geo/projection.h"
#include "geo/regular_file.h"
#include "geo/rings.h"
#include "geo/shapefile_files.h"
#include "geo/text_encoding.h"

#include <shapefil.h>

#include <cmath>
#include <memory>
#include <optional>
#include <sstream>

namespace geo {

namespace {

struct ShpCloser {
    void operator()(SHPInfo* h) const { SHPClose(h); }
};
struct DbfCloser {
    void operator()(DBFInfo* h) const { DBFClose(h); }
};
struct ObjDestroyer {
    void operator()(SHPObject* o) const { SHPDestroyObject(o); }
};

std::string stemOf(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    const size_t dot = path.find_last_of('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
        return path.substr(0, dot);
    }
    return path;
}

std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A small sidecar (.prj, .cpg): its bytes, or why it was not read (Missing when absent).
struct Sidecar {
    std::string name;  // file name for messages
    FileBytes file;
    // "x.prj is larger than 64 KB" / "x.cpg is not a regular file (...)".
    std::string problem() const {
        if (file.status == FileStatus::TooLarge)
            return name + " is larger than " + formatLimit(maxBytesFor(name));
        return name + " " + describe(file.status);
    }
};

Sidecar readSidecar(const std::string& stem, const char* lower, const char* upper) {
    const std::string path = existingPart(stem, lower, upper);
    if (path.empty()) return {baseName(stem) + lower, {}};
    return {baseName(path), readRegularFile(path, maxBytesFor(path))};
}

// Why the .shp/.shx pair cannot be opened, before shapelib tries: a part missing, not a regular
// file, too large, or without a shapefile header. Sets *header from the .shp on success.
std::optional<std::string> checkMainFiles(const std::string& stem, MainHeader* header) {
    const std::string shp = existingPart(stem, ".shp", ".SHP");
    if (shp.empty()) return "no such file";
    const std::string shx = existingPart(stem, ".shx", ".SHX");
    if (shx.empty()) return baseName(stem) + ".shx is missing (a shapefile needs its index)";
    for (const auto& part : {shp, shx}) {
        const FileStatus st = checkRegularFile(part, maxBytesFor(part));
        if (st == FileStatus::TooLarge)
            return baseName(part) + " is larger than " + formatLimit(maxBytesFor(part));
        if (st != FileStatus::Ok) return baseName(part) + " " + describe(st);
    }
    MainHeader shxHeader;
    if (auto why = checkMainHeader(shx, true, &shxHeader)) return baseName(shx) + ": " + *why;
    if (auto why = checkMainHeader(shp, false, header)) return *why;
    return std::nullopt;
}

std::optional<GeometryKind> kindOf(int shpType) {
    switch (shpType) {
        case SHPT_POLYGON:
        case SHPT_POLYGONZ:
        case SHPT_POLYGONM:
            return GeometryKind::Polygon;
        case SHPT_ARC:
        case SHPT_ARCZ:
        case SHPT_ARCM:
            return GeometryKind::Line;
        case SHPT_POINT:
        case SHPT_POINTZ:
        case SHPT_POINTM:
        case SHPT_MULTIPOINT:
        case SHPT_MULTIPOINTZ:
        case SHPT_MULTIPOINTM:
            return GeometryKind::Point;
        default:
            return std::nullopt;
    }
}

struct Context {
    std::string name;  // file name used in messages
    ShapefileResult* result;
    void warn(int record, const std::string& what) const {
        result->warnings.push_back(name + ": record " + std::to_string(record) + ": " + what);
    }
    void error(int record, const std::string& what) const {
        result->errors.push_back(name + ": record " + std::to_string(record) + ": " + what);
    }
};

// Converts one shapelib object into a Feature's geometry. Returns false if nothing usable remained.
bool convertObject(const SHPObject& obj, GeometryKind kind, int record, const Context& ctx,
                   Feature* out) {
    const int nParts = std::max(obj.nParts, 1);
    if (obj.nVertices < 0 || (obj.nParts > 0 && !obj.panPartStart)) {
        ctx.error(record, "corrupt shape header");
        return false;
    }
    for (int i = 0; i < obj.nVertices; ++i) {
        if (!std::isfinite(obj.padfX[i]) || !std::isfinite(obj.padfY[i])) {
            ctx.error(record,
                      "vertex " + std::to_string(i) + " is not a finite number; record skipped");
            return false;
        }
    }
    if (kind == GeometryKind::Point) {
        for (int i = 0; i < obj.nVertices; ++i) out->points.push_back({obj.padfX[i], obj.padfY[i]});
        return !out->points.empty();
    }
    std::vector<Path> parts;
    for (int p = 0; p < nParts; ++p) {
        const int start = obj.nParts > 0 ? obj.panPartStart[p] : 0;
        const int end =
            (obj.nParts > 0 && p + 1 < obj.nParts) ? obj.panPartStart[p + 1] : obj.nVertices;
        if (start < 0 || end > obj.nVertices || start > end) {
            ctx.error(record,
                      "part " + std::to_string(p) + " has an invalid vertex range; record skipped");
            return false;
        }
        Path path;
        path.reserve(static_cast<size_t>(end - start) + 1);
        for (int i = start; i < end; ++i) {
            const glm::dvec2 v{obj.padfX[i], obj.padfY[i]};
            if (path.empty() || path.back() != v) path.push_back(v);  // drop repeated vertices
        }
        if (kind == GeometryKind::Polygon) {
            if (!path.empty() && path.front() != path.back()) path.push_back(path.front());
            if (path.size() < 4) {
                // Distinct points: the closing point repeats the first.
                const size_t distinct = path.size() > 1 ? path.size() - 1 : path.size();
                ctx.warn(record, "ring " + std::to_string(p) + " has " + std::to_string(distinct) +
                                     " distinct point" + (distinct == 1 ? "" : "s") + "; skipped");
                continue;
            }
        } else if (path.size() < 2) {
            ctx.warn(record,
                     "part " + std::to_string(p) + " has fewer than 2 distinct points; skipped");
            continue;
        }
        parts.push_back(std::move(path));
    }
    if (kind == GeometryKind::Line) {
        out->lines = std::move(parts);
        return !out->lines.empty();
    }
    out->polygons = assemblePolygons(std::move(parts));
    return !out->polygons.empty();
}

void reprojectFeature(const Transform& t, Feature* f) {
    auto apply = [&](std::vector<glm::dvec2>& pts) { t.forward(pts); };
    apply(f->points);
    for (auto& l : f->lines) apply(l);
    for (auto& poly : f->polygons) {
        apply(poly.outer);
        for (auto& h : poly.holes) apply(h);
    }
}

// The first vertex that is not a longitude/latitude (NaN, infinite or out of range), if any.
// Checked per record: the header's bounds need not cover the records.
std::optional<glm::dvec2> firstNonLonLat(const Feature& f) {
    auto bad = [](const std::vector<glm::dvec2>& pts) -> std::optional<glm::dvec2> {
        for (const auto& p : pts) {
            // Negated so that NaN fails too; up to 360 for files in 0..360 longitudes.
            if (!(p.x >= -180.5 && p.x <= 360.5 && p.y >= -90.5 && p.y <= 90.5)) return p;
        }
        return std::nullopt;
    };
    if (auto p = bad(f.points)) return p;
    for (const auto& l : f.lines) {
        if (auto p = bad(l)) return p;
    }
    for (const auto& poly : f.polygons) {
        if (auto p = bad(poly.outer)) return p;
        for (const auto& h : poly.holes) {
            if (auto p = bad(h)) return p;
        }
    }
    return std::nullopt;
}

}  // namespace

ShapefileResult readShapefile(const std::string& path) {
    ShapefileResult result;
    const std::string stem = stemOf(path);
    const std::string name = baseName(stem) + ".shp";
    result.layer.sourcePath = stem + ".shp";
    Context ctx{name, &result};

    MainHeader header;
    if (auto why = checkMainFiles(stem, &header)) {
        result.errors.push_back(name + ": cannot open: " + *why);
        return result;
    }
    // Only regular files are opened, also where shapelib opens them itself (.dbf, .cpg).
    SAHooks hooks = regularFileHooks();
    std::unique_ptr<SHPInfo, ShpCloser> shp(SHPOpenLL(stem.c_str(), "rb", &hooks));
    if (!shp) {
        const std::string shx = existingPart(stem, ".shx", ".SHX");
        const std::string why = diagnoseIndex(shx);
        result.errors.push_back(name + ": cannot open: " +
                                (why.empty()
                                     ? "shapelib refused the .shp and its .shx"
                                     : "the index " + baseName(shx) + " is corrupt: " + why));
        return result;
    }
    int count = 0;
    int shxType = 0;  // not used: see shpType
    double minB[4] = {0, 0, 0, 0};
    double maxB[4] = {0, 0, 0, 0};
    SHPGetInfo(shp.get(), &count, &shxType, minB, maxB);
    // The .shp header's type, all four bytes (shapelib keeps only the low byte of the .shx's).
    const int shpType = header.shapeType;
    const auto kind = kindOf(shpType);
    if (!kind) {
        result.errors.push_back(name + ": unsupported shape type " + std::to_string(shpType) +
                                " (" + SHPTypeName(shpType) + ")");
        return result;
    }
    result.layer.kind = *kind;

    // Coordinate reference system.
    std::optional<Transform> toWgs84;
    const Sidecar prj = readSidecar(stem, ".prj", ".PRJ");
    if (prj.file.status != FileStatus::Missing && prj.file.status != FileStatus::Ok) {
        result.errors.push_back(name + ": .prj: " + prj.problem() + "; not read");
        return result;
    }
    if (prj.file.status == FileStatus::Ok) {
        bool identity = false;
        std::string err;
        toWgs84 = transformToWgs84(prj.file.bytes, &identity, &err);
        if (!toWgs84 && !identity) {
            result.errors.push_back(name + ": .prj: " + err);
            return result;
        }
    } else {
        result.warnings.push_back(name + ": no .prj file; assuming WGS84 longitude/latitude");
        if (count > 0 &&
            (minB[0] < -180.5 || maxB[0] > 360.5 || minB[1] < -90.5 || maxB[1] > 90.5)) {
            std::ostringstream msg;
            msg << name << ": no .prj and the coordinates are not degrees (bounds " << minB[0]
                << ", " << minB[1] << " .. " << maxB[0] << ", " << maxB[1]
                << "); add the .prj of its CRS";
            result.errors.push_back(msg.str());
            return result;
        }
    }

    // Attributes. A missing .dbf is allowed (geometry only), with a warning.
    const std::string dbfPath = existingPart(stem, ".dbf", ".DBF");
    std::unique_ptr<DBFInfo, DbfCloser> dbf(
        dbfPath.empty() ? nullptr : DBFOpenLL(dbfPath.c_str(), "rb", &hooks));
    std::string encoding;
    bool encodingGuessed = false;  // no .cpg and no language driver: Windows-1252 is assumed
    bool sawNonUtf8 = false;
    int fieldCount = 0;
    if (dbf) {
        fieldCount = DBFGetFieldCount(dbf.get());
        for (int i = 0; i < fieldCount; ++i) {
            char fieldName[XBASE_FLDNAME_LEN_READ + 1] = {0};
            DBFGetFieldInfo(dbf.get(), i, fieldName, nullptr, nullptr);
            result.layer.fieldNames.emplace_back(fieldName);
        }
        const Sidecar cpg = readSidecar(stem, ".cpg", ".CPG");
        if (cpg.file.status == FileStatus::Ok) {
            encoding = iconvNameForCodePage(cpg.file.bytes);
        } else {
            if (cpg.file.status != FileStatus::Missing)
                result.warnings.push_back(name + ": " + cpg.problem() + "; ignored");
            if (const char* cp = DBFGetCodePage(dbf.get())) encoding = iconvNameForCodePage(cp);
            encodingGuessed = encoding.empty();
        }
        if (DBFGetRecordCount(dbf.get()) != count) {
            result.warnings.push_back(name + ": the .dbf has " +
                                      std::to_string(DBFGetRecordCount(dbf.get())) +
                                      " records but the .shp has " + std::to_string(count));
        }
    } else if (dbfPath.empty()) {
        result.warnings.push_back(name + ": no readable .dbf; features have no attributes");
    } else {
        const FileStatus st = checkRegularFile(dbfPath, kMaxDbfBytes);
        result.warnings.push_back(name + ": " + baseName(dbfPath) + " " +
                                  (st == FileStatus::Ok ? "is not a readable .dbf"
                                   : st == FileStatus::TooLarge
                                       ? "is larger than " + formatLimit(kMaxDbfBytes)
                                       : std::string(describe(st))) +
                                  "; features have no attributes");
    }
    const int dbfRecords = dbf ? DBFGetRecordCount(dbf.get()) : 0;

    result.layer.features.reserve(static_cast<size_t>(count));
    // Unreadable records come in runs (a truncated file loses all of its tail): one line a run.
    int badRunStart = -1;
    auto closeBadRun = [&](int end) {
        if (badRunStart < 0) return;
        const int more = end - badRunStart - 1;
        ctx.error(badRunStart, "cannot read the shape (truncated or corrupt file); skipped" +
                                   (more > 0 ? " with the " + std::to_string(more) + " record" +
                                                   (more == 1 ? "" : "s") + " after it"
                                             : std::string()));
        badRunStart = -1;
    };
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<SHPObject, ObjDestroyer> obj(SHPReadObject(shp.get(), i));
        if (!obj) {
            if (badRunStart < 0) badRunStart = i;
            continue;
        }
        closeBadRun(i);
        if (obj->nSHPType == SHPT_NULL) continue;
        if (kindOf(obj->nSHPType) != kind) {
            ctx.error(i, "shape type " + std::to_string(obj->nSHPType) + " (" +
                             SHPTypeName(obj->nSHPType) + ") differs from the file's " +
                             std::to_string(shpType) + " (" + SHPTypeName(shpType) + "); skipped");
            continue;
        }
        Feature f;
        f.record = i;
        if (!convertObject(*obj, *kind, i, ctx, &f)) continue;
        if (toWgs84) reprojectFeature(*toWgs84, &f);
        if (const auto p = firstNonLonLat(f)) {
            if (toWgs84 && (std::isnan(p->x) || std::isnan(p->y))) {
                ctx.error(i, "coordinates cannot be transformed to WGS84; skipped");
            } else {
                std::ostringstream msg;
                msg << "vertex (" << p->x << ", " << p->y
                    << ") is not a longitude/latitude; record skipped";
                ctx.error(i, msg.str());
            }
            continue;
        }
        if (dbf && i < dbfRecords) {
            f.attributes.reserve(static_cast<size_t>(fieldCount));
            for (int k = 0; k < fieldCount; ++k) {
                const char* v = DBFIsAttributeNULL(dbf.get(), i, k)
                                    ? ""
                                    : DBFReadStringAttribute(dbf.get(), i, k);
                const std::string raw = v ? v : "";
                if (encodingGuessed && !sawNonUtf8) sawNonUtf8 = !isValidUtf8(raw);
                f.attributes.push_back(toUtf8(raw, encoding));
            }
        } else {
            f.attributes.assign(static_cast<size_t>(fieldCount), std::string());
        }
        result.layer.features.push_back(std::move(f));
    }
    closeBadRun(count);
    if (sawNonUtf8) {
        result.warnings.push_back(name + ": " + baseName(dbfPath) +
                                  " text is not UTF-8 and no .cpg names its code page; read as "
                                  "Windows-1252 (add a .cpg, e.g. '1251' for Cyrillic)");
    }
    // Keep the report readable for a file that is broken throughout.
    constexpr size_t kMaxMessages = 20;
    for (auto* list : {&result.errors, &result.warnings}) {
        if (list->size() > kMaxMessages) {
            const size_t more = list->size() - kMaxMessages;
            list->resize(kMaxMessages);
            list->push_back(name + ": " + std::to_string(more) + " more like these");
        }
    }
    result.ok = true;
    return result;
}

}  // namespace geo
