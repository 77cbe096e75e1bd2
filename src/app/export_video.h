// Frames to a video file through ffmpeg: raw RGBA frames piped to `ffmpeg -f rawvideo` on PATH.
// ffmpeg writes a temporary file beside the target that is renamed when it finishes cleanly,
// so a failed video leaves nothing behind. POSIX only (posix_spawnp, pipes).
#pragma once

#include <sys/types.h>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace app {

// The full path of an executable named `name` in $PATH, or "" when there is none.
std::string findOnPath(const std::string& name);

// The error for --video when ffmpeg is not on PATH: what is missing and what to do.
std::string missingFfmpegMessage(const std::string& outPath);

// The ffmpeg arguments (argv without the program) for raw RGBA frames of this size and rate on
// stdin, encoded to `outPath` as H.264 in yuv420p (what players expect).
std::vector<std::string> ffmpegArgs(int widthPx, int heightPx, double fps,
                                    const std::string& outPath);

class VideoPipe {
public:
    VideoPipe() = default;
    ~VideoPipe();  // an unfinished video is abandoned and its file removed
    VideoPipe(const VideoPipe&) = delete;
    VideoPipe& operator=(const VideoPipe&) = delete;

    // Starts ffmpeg for `outPath`. False with *error when ffmpeg is not on PATH or will not
    // start.
    bool open(const std::string& outPath, int widthPx, int heightPx, double fps,
              std::string* error);
    // Appends rows of a frame (widthPx * 4 bytes each, top row first).
    bool write(const uint8_t* rgba, size_t bytes, std::string* error);
    // Closes ffmpeg's input, waits for it, and moves the finished file into place.
    bool finish(std::string* error);

private:
    void abandon();
    std::string m_path, m_tmp;
    FILE* m_pipe = nullptr;
    pid_t m_pid = -1;
};

}  // namespace app
