#include "render/export_tiles.h"

#include "render/readback.h"
#include "render/stage_trace.h"

#include <algorithm>
#include <cstring>
#include <new>

namespace render {

TileGrid tileGrid(int frameWidthPx, int frameHeightPx, int maxTilePx) {
    TileGrid g;
    const int t = std::max(16, maxTilePx);
    // As few tiles as fit, then evened out (to a multiple of 4, so the quarter-size coverage
    // buffers of blurred lines line up across tiles): 7680 wide in tiles of 4096 is two of 3840,
    // not 4096 and a 3584 whose rest is drawn for nothing.
    auto even = [t](int size, int* count) {
        *count = (size + t - 1) / t;
        if (*count == 1) return size;
        const int per = (size + *count - 1) / *count;
        return std::min(t, (per + 3) / 4 * 4);
    };
    g.tileWidthPx = even(frameWidthPx, &g.cols);
    g.tileHeightPx = even(frameHeightPx, &g.rows);
    g.cols = (frameWidthPx + g.tileWidthPx - 1) / g.tileWidthPx;
    g.rows = (frameHeightPx + g.tileHeightPx - 1) / g.tileHeightPx;
    return g;
}

int maxTileSizePx() {
    GLint renderbuffer = 0, texture = 0, viewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &texture);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    return std::min({4096, static_cast<int>(renderbuffer), static_cast<int>(texture),
                     static_cast<int>(viewport[0]), static_cast<int>(viewport[1])});
}

TiledExporter::TiledExporter(MapRenderer& renderer, int tileSizePx)
    : m_renderer(renderer),
      m_tileSizePx(tileSizePx > 0 ? std::min(tileSizePx, maxTileSizePx()) : maxTileSizePx()) {}

namespace {

// A frame one tile wide is read back and handed out in slices of this many rows: no band of
// the whole tile's height is needed (33 MB at 4K, and their page faults).
constexpr int kSliceRows = 256;

int bandRows(const TileGrid& grid) {
    return grid.cols == 1 ? std::min(kSliceRows, grid.tileHeightPx) : grid.tileHeightPx;
}

}  // namespace

bool TiledExporter::prepare(int frameWidthPx, int frameHeightPx, std::string* error) {
    const TileGrid grid = tileGrid(frameWidthPx, frameHeightPx, m_tileSizePx);
    const size_t bandBytes =
        static_cast<size_t>(frameWidthPx) * 4 * static_cast<size_t>(bandRows(grid));
    if (m_bandBytes != bandBytes) {
        m_band.reset();
        m_bandBytes = 0;
        m_band.reset(new (std::nothrow) uint8_t[bandBytes]);
        if (!m_band) {
            if (error)
                *error = "frame " + std::to_string(frameWidthPx) + "x" +
                         std::to_string(frameHeightPx) +
                         " is too large for memory: one band of tiles needs " +
                         std::to_string(bandBytes / (1024 * 1024)) + " MB";
            return false;
        }
        m_bandBytes = bandBytes;
        // Touched now, while the caller has time (render's GL thread waits for the map here):
        // the kernel's page faults are then not paid in the read-back after the frame.
        std::memset(m_band.get(), 0, bandBytes);
    }
    if (!m_target || m_target->width() != grid.tileWidthPx ||
        m_target->height() != grid.tileHeightPx) {
        m_target.reset();
        std::string err;
        auto target = std::make_unique<RenderTarget>(grid.tileWidthPx, grid.tileHeightPx, 0, &err);
        if (!target->valid()) {
            if (error)
                *error = "cannot make a " + std::to_string(grid.tileWidthPx) + "x" +
                         std::to_string(grid.tileHeightPx) + " render target: " + err;
            return false;
        }
        m_target = std::move(target);
    }
    return true;
}

bool TiledExporter::render(const scene::FrameSpec& frame, const BandSink& sink,
                           const TileProgress& progress, std::string* error) {
    const int w = frame.widthPx, h = frame.heightPx;
    const TileGrid grid = tileGrid(w, h, m_tileSizePx);
    const size_t rowBytes = static_cast<size_t>(w) * 4;
    StageTrace trace("tiles");  // CORRIDOR_TRACE=1
    if (!prepare(w, h, error)) return false;
    const bool tiled = grid.count() > 1;
    trace.mark("render target", true);
    int done = 0;
    for (int row = 0; row < grid.rows; ++row) {
        const int y0 = row * grid.tileHeightPx;
        const int rows = std::min(grid.tileHeightPx, h - y0);
        for (int col = 0; col < grid.cols; ++col) {
            const int x0 = col * grid.tileWidthPx;
            const scene::FrameSpec spec =
                tiled ? scene::tileSpec(frame, x0, y0, grid.tileWidthPx, grid.tileHeightPx) : frame;
            m_renderer.draw(spec, *m_target);
            trace.mark("draw", true);
            if (grid.cols == 1) {
                // The tile is the band: read back and handed out a slice at a time.
                for (int y = 0; y < rows; y += kSliceRows) {
                    const int n = std::min(kSliceRows, rows - y);
                    readResolvedInto(*m_target, w, n, m_band.get(), rowBytes, y);
                    if (!sink(m_band.get(), y0 + y, n, error)) return false;
                }
                trace.mark("read back and handed out in slices (png)");
            } else {
                readResolvedInto(*m_target, std::min(grid.tileWidthPx, w - x0), rows,
                                 m_band.get() + static_cast<size_t>(x0) * 4, rowBytes);
                trace.mark("readback");
            }
            if (progress && !progress(++done, grid.count())) {
                if (error) *error = "cancelled";
                return false;
            }
        }
        if (grid.cols == 1) continue;
        if (!sink(m_band.get(), y0, rows, error)) return false;
        trace.mark("band to sink (png)");
    }
    return true;
}

}  // namespace render
