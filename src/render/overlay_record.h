// The overlay items (shapes and text runs) now live in scene (scene/overlay_item.h), where the
// furniture is laid out; render keeps its names for them.
#pragma once

#include "scene/overlay_item.h"

namespace render {

using scene::DashPattern;
using scene::LineCap;
using scene::OverlayItem;
using scene::OverlayRecord;
using scene::ShapeStyle;

}  // namespace render
