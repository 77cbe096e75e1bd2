// Reading a finished frame back from the GPU into an Image (top row first, straight alpha).
#pragma once

#include "render/image.h"
#include "render/render_target.h"

namespace render {

Image readResolved(const RenderTarget& target);

}  // namespace render
