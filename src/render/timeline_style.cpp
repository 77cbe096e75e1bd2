#include "render/timeline_style.h"

namespace render {

namespace {

glm::vec4 straight(const scene::Rgba& c) {
    return {c.r, c.g, c.b, c.a};
}

}  // namespace

RouteDrawParams routeStyleFor(const scene::Palette& palette) {
    RouteDrawParams p;
    p.railColor = straight(palette.routeRail);
    p.seaColor = straight(palette.routeSea);
    p.roadColor = straight(palette.routeRoad);
    p.casingColor = straight(palette.routeCasing);
    p.particleColor = straight(palette.routeParticle);
    return p;
}

MarkerDrawParams markerStyleFor(const scene::Palette& palette) {
    MarkerDrawParams p;
    p.nodeFill = straight(palette.nodeFill);
    p.nodeStroke = straight(palette.nodeStroke);
    p.destFill = straight(palette.destFill);
    p.destStroke = straight(palette.destStroke);
    p.destMaxRadiusPt = scene::kMarkerMaxRadiusPt;
    p.destMinRadiusPt = scene::kMarkerMinRadiusPt;
    return p;
}

}  // namespace render
