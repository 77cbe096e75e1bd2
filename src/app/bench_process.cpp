#include "app/bench_process.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace app {

ChildRun runSelf(const std::string& argv0, const std::vector<std::string>& args) {
    ChildRun r;
    int fds[2];
    if (::pipe(fds) != 0) return r;
    std::vector<std::string> all{argv0};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return r;
    }
    if (pid == 0) {
        ::dup2(fds[1], 1);
        ::dup2(fds[1], 2);
        ::close(fds[0]);
        ::close(fds[1]);
        ::setenv("SDL_VIDEODRIVER", "offscreen", 0);
        ::setenv("CORRIDOR_REPORT_PEAK_RSS", "1", 1);
        ::execv("/proc/self/exe", argv.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0) r.output.append(buf, static_cast<size_t>(n));
    ::close(fds[0]);
    int status = 0;
    rusage ru{};
    ::wait4(pid, &status, 0, &ru);
    r.wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    // The child's own report (VmHWM after exec); the kernel's ru_maxrss would also count this
    // process's pages, which the child shares between fork and exec.
    r.maxRssMb = numberAfter(r.output, "corridor peak RSS ");
    if (!std::isfinite(r.maxRssMb)) r.maxRssMb = static_cast<double>(ru.ru_maxrss) / 1024.0;
    return r;
}

double numberAfter(const std::string& text, const std::string& marker) {
    const size_t at = text.find(marker);
    if (at == std::string::npos) return NAN;
    const char* start = text.c_str() + at + marker.size();
    char* end = nullptr;
    const double v = std::strtod(start, &end);
    return end == start ? NAN : v;
}

std::string makeTempDir(const std::string& prefix) {
    std::error_code ec;
    std::string base = std::filesystem::temp_directory_path(ec).string();
    if (ec) base = "/tmp";
    std::string templ = base + "/" + prefix + "XXXXXX";
    if (!::mkdtemp(templ.data())) return "";
    return templ;
}

void removeTree(const std::string& dir) {
    if (dir.empty()) return;
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

}  // namespace app
