#include "geo/mesh.h"

#include <cmath>

namespace geo {

double Mesh::area() const {
    double sum = 0.0;
    for (size_t i = 0; i + 2 < indices.size(); i += 3) {
        const glm::dvec2 a = positions[indices[i]];
        const glm::dvec2 b = positions[indices[i + 1]] - a;
        const glm::dvec2 c = positions[indices[i + 2]] - a;
        sum += 0.5 * std::abs(b.x * c.y - b.y * c.x);
    }
    return sum;
}

void Mesh::append(const Mesh& other) {
    const auto base = static_cast<uint32_t>(positions.size());
    positions.insert(positions.end(), other.positions.begin(), other.positions.end());
    // No exact reserve here: appending many small meshes one by one must keep the vector's
    // geometric growth, or every append copies everything before it.
    for (uint32_t i : other.indices) indices.push_back(base + i);
}

}  // namespace geo
