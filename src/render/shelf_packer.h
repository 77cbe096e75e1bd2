// Where the next glyph goes in a text atlas: rows ("shelves") filled left to right, each as tall
// as its tallest glyph. Both atlases (the screen text's and the map labels' distance fields) pack
// with it; they differ only in how they grow when it is full. No GL here.
#pragma once

#include <algorithm>

namespace render {

class ShelfPacker {
public:
    // The top-left corner for a w x h rectangle in an atlas of atlasW x atlasH, starting a new
    // shelf when the current one has no room left; false when the atlas is full (then nothing
    // changes, and the caller may grow the atlas and ask again).
    bool place(int w, int h, int atlasW, int atlasH, int* x, int* y) {
        int shelfX = m_x, shelfY = m_y, shelfH = m_h;
        if (shelfX + w > atlasW) {
            shelfY += shelfH;
            shelfX = shelfH = 0;
        }
        if (shelfX + w > atlasW || shelfY + h > atlasH) return false;
        *x = shelfX;
        *y = shelfY;
        m_x = shelfX + w;
        m_y = shelfY;
        m_h = std::max(shelfH, h);
        return true;
    }
    // Closes the current shelf: the next rectangle starts a row of its own (after the atlas
    // grew wider, so old rows keep their height).
    void newShelf() {
        m_y += m_h;
        m_x = m_h = 0;
    }
    void clear() { m_x = m_y = m_h = 0; }

private:
    int m_x = 0, m_y = 0, m_h = 0;  // the current shelf: next free x, its top, its height
};

}  // namespace render
