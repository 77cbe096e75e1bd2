#include "geo/proj_files.h"

#include "geo/regular_file.h"

#include <proj.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <limits>

namespace geo {

namespace {

// A descriptor is the handle: PROJ's file handle type is opaque, so fd + 1 is stored in it
// (never null for an open file).
int fdOf(PROJ_FILE_HANDLE* h) {
    return static_cast<int>(reinterpret_cast<std::intptr_t>(h)) - 1;
}

PROJ_FILE_HANDLE* openCb(PJ_CONTEXT*, const char* filename, PROJ_OPEN_ACCESS access,
                         void* userData) {
    // Grids, init files and proj.db are only read; nothing is written (network caching is off).
    if (access != PROJ_OPEN_ACCESS_READ_ONLY || !filename) return nullptr;
    FileStatus status = FileStatus::Ok;
    const int fd = openRegularFile(filename, std::numeric_limits<std::uint64_t>::max(), &status);
    if (fd < 0) {
        if (status == FileStatus::NotRegular && userData)
            static_cast<std::vector<std::string>*>(userData)->push_back(filename);
        return nullptr;
    }
    return reinterpret_cast<PROJ_FILE_HANDLE*>(static_cast<std::intptr_t>(fd) + 1);
}

size_t readCb(PJ_CONTEXT*, PROJ_FILE_HANDLE* h, void* buffer, size_t size, void*) {
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fdOf(h), static_cast<char*>(buffer) + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    return done;
}

size_t writeCb(PJ_CONTEXT*, PROJ_FILE_HANDLE*, const void*, size_t, void*) {
    return 0;
}

int seekCb(PJ_CONTEXT*, PROJ_FILE_HANDLE* h, long long offset, int whence, void*) {
    return ::lseek(fdOf(h), static_cast<off_t>(offset), whence) >= 0 ? 1 : 0;
}

unsigned long long tellCb(PJ_CONTEXT*, PROJ_FILE_HANDLE* h, void*) {
    const off_t pos = ::lseek(fdOf(h), 0, SEEK_CUR);
    return pos < 0 ? 0 : static_cast<unsigned long long>(pos);
}

void closeCb(PJ_CONTEXT*, PROJ_FILE_HANDLE* h, void*) {
    ::close(fdOf(h));
}

int existsCb(PJ_CONTEXT*, const char* filename, void*) {
    // Folders too: PROJ asks whether its data folders exist. Opening is what is guarded.
    struct stat st {};
    return filename && ::stat(filename, &st) == 0 ? 1 : 0;
}

int refuseCb(PJ_CONTEXT*, const char*, void*) {
    return 0;
}

int refuseRenameCb(PJ_CONTEXT*, const char*, const char*, void*) {
    return 0;
}

}  // namespace

bool openOnlyRegularFiles(pj_ctx* ctx, std::vector<std::string>* refused) {
    PROJ_FILE_API api{};
    api.version = 1;
    api.open_cbk = openCb;
    api.read_cbk = readCb;
    api.write_cbk = writeCb;
    api.seek_cbk = seekCb;
    api.tell_cbk = tellCb;
    api.close_cbk = closeCb;
    api.exists_cbk = existsCb;
    api.mkdir_cbk = refuseCb;
    api.unlink_cbk = refuseCb;
    api.rename_cbk = refuseRenameCb;
    return proj_context_set_fileapi(ctx, &api, refused) != 0;
}

}  // namespace geo
