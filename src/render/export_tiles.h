// Rendering a frame of any size as tiles (camera sub-windows of the same frame, each drawn through
// MapRenderer::draw) and handing it out as bands of whole rows, top to bottom, so a frame larger
// than GL's limits or than memory allows can be streamed into a file. Holds one band (frame width x
// tile height) at a time. Needs a current GL context that outlives it.
#pragma once

#include "render/map_renderer.h"
#include "render/render_target.h"
#include "scene/frame_spec.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace render {

// How a frame is cut: as few tiles of at most maxTilePx as cover it, evened out to
// tileWidthPx x tileHeightPx (the last column and row may reach past the frame's edge), cols x
// rows of them. Pure.
struct TileGrid {
    int tileWidthPx = 0, tileHeightPx = 0;
    int cols = 0, rows = 0;
    int count() const { return cols * rows; }
};
TileGrid tileGrid(int frameWidthPx, int frameHeightPx, int maxTilePx);

// The largest tile this GL driver draws into (renderbuffer, texture and viewport limits),
// at most 4096.
int maxTileSizePx();

class TiledExporter {
public:
    // One band: `rows` rows of the frame's width * 4 bytes (straight alpha, top row first),
    // starting at frame row `y0`. Returning false (with *error) stops the export.
    using BandSink = std::function<bool(const uint8_t* rgba, int y0, int rows, std::string* error)>;
    // Called after each tile with (tiles done, tiles in the frame); returning false cancels the
    // export before the next tile (render then fails with *error "cancelled").
    using TileProgress = std::function<bool(int done, int total)>;

    // tileSizePx 0 = maxTileSizePx(); a larger value is clamped to it.
    TiledExporter(MapRenderer& renderer, int tileSizePx);

    // Draws `frame` (a whole frame, not a tile) tile by tile and hands its bands to `sink`.
    // False with *error when a target cannot be made, memory runs out, the sink fails or
    // `progress` cancels.
    bool render(const scene::FrameSpec& frame, const BandSink& sink, const TileProgress& progress,
                std::string* error);

    // Allocates what render() needs for a frame of this size (the tile target and the band)
    // ahead of time: a caller that knows the size early makes them while other work runs. False
    // with *error as render() fails when they cannot be made.
    bool prepare(int frameWidthPx, int frameHeightPx, std::string* error);

    int tileSizePx() const { return m_tileSizePx; }
    // Whether every pixel of `frame` comes out opaque (MapRenderer::paintsEveryPixel).
    bool opaque(const scene::FrameSpec& frame) const { return m_renderer.paintsEveryPixel(frame); }

private:
    MapRenderer& m_renderer;
    int m_tileSizePx;
    std::unique_ptr<RenderTarget> m_target;  // reused while the tile size stays the same
    // One band of rows, touched once when allocated: a row of tiles, or a slice of the tile
    // when the frame is one tile wide.
    std::unique_ptr<uint8_t[]> m_band;
    size_t m_bandBytes = 0;
};

}  // namespace render
