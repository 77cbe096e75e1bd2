#include "geo/types.h"

#include <strings.h>

namespace geo {

const char* toString(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::Polygon:
            return "polygon";
        case GeometryKind::Line:
            return "line";
        case GeometryKind::Point:
            return "point";
    }
    return "?";
}

int FeatureSet::fieldIndex(const std::string& name) const {
    for (size_t i = 0; i < fieldNames.size(); ++i) {
        if (strcasecmp(fieldNames[i].c_str(), name.c_str()) == 0) return static_cast<int>(i);
    }
    return -1;
}

const std::string& FeatureSet::attribute(const Feature& feature, int index) const {
    static const std::string kEmpty;
    if (index < 0 || static_cast<size_t>(index) >= feature.attributes.size()) return kEmpty;
    return feature.attributes[static_cast<size_t>(index)];
}

}  // namespace geo
