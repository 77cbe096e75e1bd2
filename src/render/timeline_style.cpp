#include "render/timeline_style.h"

#include "scene/color.h"

namespace render {

namespace {

glm::vec4 straight(const char* hex, float alpha = 1.f) {
    const scene::Rgba c = scene::parseColor(hex).value_or(scene::Rgba{});
    return {c.r, c.g, c.b, c.a * alpha};
}

}  // namespace

RouteDrawParams routeStyleFor(const std::string& theme) {
    const bool dark = theme != "light";
    RouteDrawParams p;
    p.railColor = dark ? straight("#efe3c6") : straight("#3a3129");
    p.seaColor = dark ? straight("#8fd3f4") : straight("#1f6fa3");
    p.roadColor = dark ? straight("#c9b27c") : straight("#8a6d3b");
    p.casingColor = dark ? straight("#0b0f14", 0.55f) : straight("#ffffff", 0.75f);
    p.particleColor = dark ? straight("#ffd27a") : straight("#d55e00");
    return p;
}

MarkerDrawParams markerStyleFor(const std::string& theme) {
    const bool dark = theme != "light";
    MarkerDrawParams p;
    p.nodeFill = dark ? straight("#f3e6c4") : straight("#ffffff");
    p.nodeStroke = dark ? straight("#15191d") : straight("#3b3026");
    p.destFill = dark ? straight("#e69f00", 0.22f) : straight("#d55e00", 0.16f);
    p.destStroke = dark ? straight("#f0b54a", 0.9f) : straight("#b5540c", 0.85f);
    p.destMaxRadiusPt = scene::kMarkerMaxRadiusPt;
    p.destMinRadiusPt = scene::kMarkerMinRadiusPt;
    return p;
}

}  // namespace render
