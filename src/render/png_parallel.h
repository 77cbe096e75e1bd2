// PNG image data compressed on every core, the way pigz does it: the rows are cut into parts,
// each part is filtered and deflated on its own thread as an independent raw deflate stream
// ended on a byte boundary (Z_SYNC_FLUSH; the image's last part with Z_FINISH), and the parts,
// concatenated, are one valid zlib stream whose Adler-32 is combined from theirs
// (adler32_combine). A part starts without the previous part's 32 KB window, which costs a few
// bytes per part. Pure CPU code; no GL, no libpng.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace render {

// One part: the raw deflate bytes of its rows, each row the SUB filter byte and the filtered
// pixels, and the Adler-32 and length of those uncompressed bytes.
struct DeflatedPart {
    std::vector<uint8_t> data;
    uint32_t adler = 1;
    size_t rawLength = 0;
};

// A zlib stream of PNG scanlines written in pieces: the two-byte header before the first part,
// the parts as they come, the combined Adler-32 at the end.
class PngDeflater {
public:
    // `threads` 0 = std::thread::hardware_concurrency(). zlib level 1 and the SUB filter: maps
    // are mostly flat colour, which SUB + fast deflate handle well. `channels` 4 writes RGBA
    // scanlines, 3 writes RGB ones (the input's alpha dropped: an opaque frame's).
    explicit PngDeflater(int widthPx, int threads = 0, int level = 1, int channels = 4);

    // Filters and compresses `rows` rows of widthPx * 4 bytes (straight RGBA, top first) on up
    // to threads() threads, in parts of at least kMinPartRows rows. `last`: these are the
    // image's final rows (the stream is finished). Returns the bytes to append to the IDAT data
    // (the zlib header first on the first call, the Adler-32 last on the last), or false with
    // *error when zlib fails (out of memory).
    bool compress(const uint8_t* rgba, int rows, bool last, std::vector<uint8_t>* out,
                  std::string* error);

    int threads() const { return m_threads; }
    static constexpr int kMinPartRows = 32;

private:
    int m_width;
    int m_threads;
    int m_level;
    int m_channels;
    bool m_started = false;
    uint32_t m_adler = 1;
};

// Filters and deflates rows [0, rows) of RGBA as one part (what each thread of PngDeflater
// runs), as RGBA scanlines or, with `channels` 3, RGB ones.
bool deflatePart(const uint8_t* rgba, int widthPx, int rows, bool last, int level,
                 DeflatedPart* part, int channels = 4);

// Appends a PNG chunk (length, type, data, CRC-32) to `out`.
void appendPngChunk(const char type[4], const uint8_t* data, size_t size,
                    std::vector<uint8_t>* out);

}  // namespace render
