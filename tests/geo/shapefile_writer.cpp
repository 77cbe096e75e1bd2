#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <cstdlib>
#include <fstream>

namespace testutil {

std::string makeTempDir(const std::string& prefix) {
    std::string base = ::testing::TempDir();
    if (!base.empty() && base.back() != '/') base += '/';
    std::string tmpl = base + "corridor_" + prefix + "_XXXXXX";
    if (!mkdtemp(tmpl.data())) {
        ADD_FAILURE() << "mkdtemp failed for " << tmpl;
        return base;
    }
    return tmpl;
}

std::string writeShapefile(const std::string& stem, int shpType,
                           const std::vector<std::string>& fields,
                           const std::vector<Record>& records) {
    SHPHandle shp = SHPCreate(stem.c_str(), shpType);
    DBFHandle dbf = DBFCreate((stem + ".dbf").c_str());
    EXPECT_NE(shp, nullptr) << stem;
    EXPECT_NE(dbf, nullptr) << stem;
    if (!shp || !dbf) {
        if (shp) SHPClose(shp);
        if (dbf) DBFClose(dbf);
        return stem + ".shp";
    }
    for (const auto& name : fields) DBFAddField(dbf, name.c_str(), FTString, 40, 0);
    const bool hasZ = shpType == SHPT_POINTZ || shpType == SHPT_ARCZ || shpType == SHPT_POLYGONZ ||
                      shpType == SHPT_MULTIPOINTZ;
    const bool hasM = hasZ || shpType == SHPT_POINTM || shpType == SHPT_ARCM ||
                      shpType == SHPT_POLYGONM || shpType == SHPT_MULTIPOINTM;
    for (size_t r = 0; r < records.size(); ++r) {
        const Record& rec = records[r];
        SHPObject* obj = nullptr;
        if (rec.parts.empty()) {
            obj = SHPCreateObject(SHPT_NULL, -1, 0, nullptr, nullptr, 0, nullptr, nullptr, nullptr,
                                  nullptr);
        } else {
            std::vector<int> starts;
            std::vector<double> xs, ys, zs, ms;
            for (const auto& part : rec.parts) {
                starts.push_back(static_cast<int>(xs.size()));
                for (const auto& p : part) {
                    xs.push_back(p.x);
                    ys.push_back(p.y);
                    zs.push_back(100.0 + static_cast<double>(zs.size()));
                    ms.push_back(static_cast<double>(ms.size()));
                }
            }
            const bool multiPart = shpType == SHPT_ARC || shpType == SHPT_ARCZ ||
                                   shpType == SHPT_ARCM || shpType == SHPT_POLYGON ||
                                   shpType == SHPT_POLYGONZ || shpType == SHPT_POLYGONM;
            obj = SHPCreateObject(shpType, -1, multiPart ? static_cast<int>(starts.size()) : 0,
                                  multiPart ? starts.data() : nullptr, nullptr,
                                  static_cast<int>(xs.size()), xs.data(), ys.data(),
                                  hasZ ? zs.data() : nullptr, hasM ? ms.data() : nullptr);
        }
        EXPECT_GE(SHPWriteObject(shp, -1, obj), 0) << stem << " record " << r;
        SHPDestroyObject(obj);
        for (size_t f = 0; f < fields.size(); ++f) {
            const std::string v = f < rec.attributes.size() ? rec.attributes[f] : std::string();
            DBFWriteStringAttribute(dbf, static_cast<int>(r), static_cast<int>(f), v.c_str());
        }
    }
    SHPClose(shp);
    DBFClose(dbf);
    return stem + ".shp";
}

void writeTextFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    ASSERT_TRUE(out) << path;
    out << text;
}

geo::Path rectRing(double x0, double y0, double x1, double y1, bool ccw) {
    if (ccw) return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    return {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
}

}  // namespace testutil
