// Triangle meshes built on the CPU for the renderer to upload: plain values a test can inspect.
// No GL, SDL or ImGui here.
#pragma once

#include <glm/vec2.hpp>

#include <cstdint>
#include <vector>

namespace geo {

struct Mesh {
    std::vector<glm::dvec2> positions;  // map-plane metres
    std::vector<uint32_t> indices;      // three per triangle, into positions

    size_t triangleCount() const { return indices.size() / 3; }
    // Sum of the triangles' areas (square metres of the map plane).
    double area() const;
    void append(const Mesh& other);
};

}  // namespace geo
