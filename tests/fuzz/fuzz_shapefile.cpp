// Fuzz target: geo::readShapefile on a .shp/.shx/.dbf/.cpg set cut from one input, then the
// geometry steps buildMap applies to what it read (clip to a window, densify, project,
// triangulate, simplify).
//
// Input format: up to five pieces, each a 4-byte little-endian length and that many bytes (cut
// short at the end of the input): .shp, .shx, .dbf, .cpg, .prj. A piece whose length header is
// missing is an absent file. The files are written to a temporary folder made once per process.
#include "fuzz_target.h"

#include "geo/clip.h"
#include "geo/projection.h"
#include "geo/shapefile.h"
#include "geo/triangulate.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

const std::string& tempStem() {
    static const std::string stem = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/corridor_fuzz_shp_XXXXXX";
        if (!mkdtemp(tmpl.data())) std::abort();
        static const std::string dir = tmpl;
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(dir, ec);
        });
        return tmpl + "/in";
    }();
    return stem;
}

void writeOrRemove(const std::string& path, const std::uint8_t* bytes, std::size_t size,
                   bool present) {
    if (!present) {
        std::remove(path.c_str());
        return;
    }
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) std::abort();
    if (size > 0 && std::fwrite(bytes, 1, size, f) != size) std::abort();
    std::fclose(f);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& stem = tempStem();
    std::size_t pos = 0;
    for (const char* ext : {".shp", ".shx", ".dbf", ".cpg", ".prj"}) {
        const bool present = size - pos >= 4;
        std::size_t len = 0;
        if (present) {
            len = std::size_t(data[pos]) | std::size_t(data[pos + 1]) << 8 |
                  std::size_t(data[pos + 2]) << 16 | std::size_t(data[pos + 3]) << 24;
            pos += 4;
            if (len > size - pos) len = size - pos;
        }
        writeOrRemove(stem + ext, data + pos, len, present);
        pos += len;
    }

    const geo::ShapefileResult result = geo::readShapefile(stem + ".shp");
    if (!result.ok) return 0;

    static geo::GeosContext geos;
    static const std::optional<geo::Projection> projection =
        geo::Projection::create(geo::ProjectionKind::Lcc, nullptr);
    const geo::LonLatBox window{40.0, 30.0, 90.0, 55.0};
    for (const auto& feature : result.layer.features) {
        std::string err;
        for (auto poly : geo::clipPolygons(geos, feature.polygons, window, &err)) {
            poly.outer = geo::densify(poly.outer, 0.2);
            if (projection) projection->forward(poly.outer);
            for (auto& hole : poly.holes) {
                hole = geo::densify(hole, 0.2);
                if (projection) projection->forward(hole);
            }
            (void)geo::triangulate(geos, poly, &err);
        }
        for (auto& line : geo::clipLines(geos, feature.lines, window, &err)) {
            line = geo::densify(line, 0.2);
            if (projection) projection->forward(line);
            (void)geo::simplify(geos, line, 800.0);
        }
    }
    return 0;
}
