// Everything one frame shows, as plain data: output size and pixel density, camera, theme,
// layer toggles and time. A frame is a pure function of its FrameSpec (and the loaded data).
// No GL, SDL or ImGui here.
#pragma once

#include "scene/camera.h"

#include <string>
#include <vector>

namespace scene {

struct FrameSpec {
    int widthPx = 1920;
    int heightPx = 1080;
    // Device pixels per point: line widths and marker sizes are in points, so a frame twice as
    // large at the same composition has twice the pixels per point.
    double pixelsPerPoint = kScreenPixelsPerPoint;
    Camera camera;
    std::string theme = "dark";
    std::vector<bool>
        layerOn;           // per MapData layer; missing entries count as the manifest's default
    double year = 2025.0;  // fractional year (timeline)
    // The timeline layers over the base map.
    struct Timeline {
        bool route = true;
        bool arcs = true;
        bool markers = true;
        bool legend = true;
        int highlightFlow = -1;    // flow index to highlight (hover), or -1
        int highlightMarker = -1;  // destination marker index to highlight, or -1
        bool operator==(const Timeline& o) const {
            return route == o.route && arcs == o.arcs && markers == o.markers &&
                   legend == o.legend && highlightFlow == o.highlightFlow &&
                   highlightMarker == o.highlightMarker;
        }
    } timeline;
    double animPhase = 0.0;    // seconds of animation time
    bool transparent = false;  // no background (export)
};

// True when two specs draw the same picture (the window redraws the map only when this changes).
bool sameFrame(const FrameSpec& a, const FrameSpec& b);

// Pixels per point for an output of this size showing the same composition as a 1920x1080 screen.
double pixelsPerPointForSize(int widthPx, int heightPx);

}  // namespace scene
