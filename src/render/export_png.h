// A PNG written band by band, so an image larger than memory allows can be streamed out; each
// band is filtered and compressed on every core (png_parallel.h). Written to an unnamed file in the
// target's folder (O_TMPFILE; where the file system lacks it, `path.tmp-PID`) and moved into place
// when finished: a failed, abandoned or killed write leaves no file. Every PNG Corridor writes goes
// through here, so the output path rule (checkOutputPath) holds for all of them. No GL here.
#pragma once

#include "render/png_parallel.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace render {

// Where a finished file may go: `path`'s folder exists (symbolic links in the folder part are
// followed) and `path` itself is absent or a regular file. Anything else (a device node such as
// /dev/null, a symbolic link, a folder, a FIFO, a socket) is never replaced: moving the finished
// file into place would swap it for the PNG. True with *resolved (the folder's real path + the
// file name); false with *error naming `path` and what it is.
bool checkOutputPath(const std::string& path, std::string* resolved, std::string* error);

class PngStreamWriter {
public:
    PngStreamWriter() = default;
    ~PngStreamWriter();  // an unfinished file is removed
    PngStreamWriter(const PngStreamWriter&) = delete;
    PngStreamWriter& operator=(const PngStreamWriter&) = delete;

    // Starts `path` as an 8-bit RGBA PNG of this size with `dpi` in its pHYs chunk (0 = none);
    // without `alpha` an RGB one, for a frame whose every pixel is opaque (the rows are still
    // given as RGBA; their alpha is left out). False with *error naming the file and the reason
    // on failure, including a `path` that checkOutputPath refuses.
    bool open(const std::string& path, int widthPx, int heightPx, double dpi, std::string* error,
              bool alpha = true);

    // Appends `rows` rows of widthPx * 4 bytes each (straight alpha, top row first), compressed
    // on every core; larger bands compress in more parallel parts.
    bool writeRows(const uint8_t* rgba, int rows, std::string* error);

    // Writes the end of the file, flushes it to disk and renames it into place. All rows must
    // have been written.
    bool finish(std::string* error);

private:
    bool fail(const std::string& what, std::string* error);
    void abandon();

    bool openTemporary(const std::string& dir, const std::string& name);
    bool put(const std::vector<uint8_t>& bytes);

    std::string m_path;    // as given, for messages
    std::string m_target;  // the folder's real path + the file name
    std::string m_tmp;     // named temporary file; "" while the file is unnamed (O_TMPFILE)
    FILE* m_file = nullptr;
    std::unique_ptr<PngDeflater> m_deflater;  // null when not open
    std::vector<uint8_t> m_out;               // the bytes of the band being written
    int m_width = 0, m_height = 0, m_rowsWritten = 0;
};

// Reads the pHYs chunk of a PNG: dots per inch (x), or 0 when the file has none; -1 when the
// file cannot be read as a PNG.
double readPngDpi(const std::string& path);

}  // namespace render
