#include "app/export_video.h"

#include "render/export_png.h"

#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace app {

std::string findOnPath(const std::string& name) {
    const char* path = std::getenv("PATH");
    if (!path) return {};
    std::string dirs = path;
    size_t start = 0;
    while (start <= dirs.size()) {
        size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(start, end - start);
        if (dir.empty()) dir = ".";
        const std::string candidate = dir + "/" + name;
        struct stat st {};
        if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
            ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    return {};
}

std::string missingFfmpegMessage(const std::string& outPath) {
    return outPath +
           ": --video needs ffmpeg, and there is no ffmpeg on PATH (install it, e.g. apt-get "
           "install ffmpeg, or write PNG frames with --out frames/frame_%05d.png)";
}

std::vector<std::string> ffmpegArgs(int widthPx, int heightPx, double fps,
                                    const std::string& outPath) {
    char rate[32];
    std::snprintf(rate, sizeof rate, "%g", fps);
    return {"-hide_banner", "-loglevel",
            "error",        "-y",
            "-f",           "rawvideo",
            "-pix_fmt",     "rgba",
            "-s",           std::to_string(widthPx) + "x" + std::to_string(heightPx),
            "-r",           rate,
            "-i",           "-",
            "-c:v",         "libx264",
            "-pix_fmt",     "yuv420p",
            outPath};
}

namespace {
// The temporary name keeps the extension: ffmpeg picks the container from it.
std::string tempPathFor(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    const size_t dot = path.find_last_of('.');
    const bool hasExt = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    const std::string tag = ".tmp-" + std::to_string(::getpid());
    return hasExt ? path.substr(0, dot) + tag + path.substr(dot) : path + tag;
}
}  // namespace

VideoPipe::~VideoPipe() {
    abandon();
}

void VideoPipe::abandon() {
    if (m_pipe) {
        std::fclose(m_pipe);
        m_pipe = nullptr;
    }
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        std::remove(m_tmp.c_str());
    }
}

bool VideoPipe::open(const std::string& outPath, int widthPx, int heightPx, double fps,
                     std::string* error) {
    const std::string ffmpeg = findOnPath("ffmpeg");
    if (ffmpeg.empty()) {
        if (error) *error = missingFfmpegMessage(outPath);
        return false;
    }
    // The finished video is renamed over outPath: the same rule as for PNGs (never a device,
    // a folder or a link).
    if (!render::checkOutputPath(outPath, nullptr, error)) return false;
    m_path = outPath;
    m_tmp = tempPathFor(outPath);
    // A dead ffmpeg must show up as a write error, not kill this process.
    std::signal(SIGPIPE, SIG_IGN);
    int fds[2];
    if (::pipe(fds) != 0) {
        if (error) *error = std::string("cannot make a pipe for ffmpeg: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    std::vector<std::string> args = ffmpegArgs(widthPx, heightPx, fps, m_tmp);
    args.insert(args.begin(), ffmpeg);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&m_pid, ffmpeg.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[0]);
    if (rc != 0) {
        ::close(fds[1]);
        m_pid = -1;
        if (error) *error = ffmpeg + ": cannot start: " + std::strerror(rc);
        return false;
    }
    m_pipe = ::fdopen(fds[1], "wb");
    return m_pipe != nullptr;
}

bool VideoPipe::write(const uint8_t* rgba, size_t bytes, std::string* error) {
    if (m_pipe && std::fwrite(rgba, 1, bytes, m_pipe) == bytes) return true;
    if (error) *error = m_path + ": ffmpeg stopped taking frames (see its message above)";
    abandon();
    return false;
}

bool VideoPipe::finish(std::string* error) {
    const bool flushed = m_pipe && std::fclose(m_pipe) == 0;
    m_pipe = nullptr;
    int status = 0;
    const bool waited = m_pid > 0 && ::waitpid(m_pid, &status, 0) == m_pid;
    m_pid = -1;
    if (!flushed || !waited || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        if (error) *error = m_path + ": ffmpeg failed (see its message above)";
        std::remove(m_tmp.c_str());
        return false;
    }
    if (std::rename(m_tmp.c_str(), m_path.c_str()) != 0) {
        if (error)
            *error =
                m_path + ": cannot move the finished video into place: " + std::strerror(errno);
        std::remove(m_tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace app
