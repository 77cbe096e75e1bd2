// What is under the pointer: the investment arc or destination marker at a pixel, for the
// window's hover and click. Pure functions of the timeline, the camera and the year.
// No GL, SDL or ImGui here.
#pragma once

#include "scene/camera.h"
#include "scene/timeline_geometry.h"

namespace scene {

struct PickView {
    Camera camera;
    glm::dvec2 viewportPx{1.0};
    double pixelsPerPoint = kScreenPixelsPerPoint;
    double year = 2025.0;
};

// The flow index of the visible arc nearest to `px` within 6 points (or half its width), or -1.
int pickFlow(const TimelineGeometry& timeline, const PickView& view, glm::dvec2 px);

// The index of the destination marker under `px` (its radius, at least 5 points), nearest
// first, or -1. Markers with nothing arrived yet are not there.
int pickMarker(const TimelineGeometry& timeline, const PickView& view, glm::dvec2 px);

}  // namespace scene
