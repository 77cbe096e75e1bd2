// A PNG written row by row (libpng png_write_row), so an image larger than memory allows can be
// streamed out band by band. Written to a temporary file beside the target and renamed when
// finished: a failed or abandoned write leaves no file. No GL here.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace render {

class PngStreamWriter {
public:
    PngStreamWriter() = default;
    ~PngStreamWriter();  // an unfinished file is removed
    PngStreamWriter(const PngStreamWriter&) = delete;
    PngStreamWriter& operator=(const PngStreamWriter&) = delete;

    // Starts `path` (through `path.tmp-PID`) as an 8-bit RGBA PNG of this size with `dpi` in
    // its pHYs chunk (0 = none). False with *error naming the file and the reason on failure.
    bool open(const std::string& path, int widthPx, int heightPx, double dpi, std::string* error);

    // Appends `rows` rows of widthPx * 4 bytes each (straight alpha, top row first).
    bool writeRows(const uint8_t* rgba, int rows, std::string* error);

    // Writes the end of the file, flushes it to disk and renames it into place. All rows must
    // have been written.
    bool finish(std::string* error);

private:
    bool fail(const std::string& what, std::string* error);
    void abandon();

    std::string m_path, m_tmp;
    FILE* m_file = nullptr;
    void* m_png = nullptr;   // png_structp
    void* m_info = nullptr;  // png_infop
    std::string m_pngError;  // set by libpng's error callback
    int m_width = 0, m_height = 0, m_rowsWritten = 0;
};

// Reads the pHYs chunk of a PNG: dots per inch (x), or 0 when the file has none; -1 when the
// file cannot be read as a PNG.
double readPngDpi(const std::string& path);

}  // namespace render
