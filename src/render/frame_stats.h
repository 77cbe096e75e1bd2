// What one frame drew, counted by every part of MapRenderer that draws into it (the bench and
// the tests read it). Its own header so the parts (base_map_pass.h, timeline_pass.h) need not
// include the renderer.
#pragma once

namespace render {

struct FrameStats {
    int layersDrawn = 0;
    int drawCalls = 0;
    int baseRedraws = 0;    // 1 when the cached base map had to be drawn again
    int baseFromCache = 0;  // 1 when the base map was the cache moved and scaled (drawMoving)
    int labelsDrawn = 0;
    int occluderLayer = -1;  // the fill BaseMapPass drew front to back (its layer index), or -1
};

}  // namespace render
