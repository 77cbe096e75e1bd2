// The frame as PDF or SVG from the app: the session's map, timeline and labels with the
// renderer's label placement and recorded legend and furniture (render/vector_export.h), so the
// vector file has the PNG's composition. Used by `corridor render` and the window's export.
#pragma once

#include "app/map_session.h"
#include "render/map_renderer.h"
#include "render/vector_export.h"
#include "scene/frame_spec.h"

#include <string>

namespace app {

// Writes `spec` (a whole frame, not a tile) to `path`. The renderer must have been prepared
// for the session (prepareRenderer) and its GL context current. False with *error naming the
// file; no file is left then.
bool writeVectorFrame(render::MapRenderer& renderer, const MapSession& session,
                      const scene::FrameSpec& spec, render::VectorFormat format,
                      const std::string& path, std::string* error,
                      render::VectorStats* stats = nullptr);

}  // namespace app
