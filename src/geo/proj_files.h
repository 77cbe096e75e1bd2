// Makes a PROJ context open only regular files: a .prj can name grids (+nadgrids=, +geoidgrids=)
// and init files by path, and PROJ would wait forever on a FIFO or read a device without end.
// Internal to geo (projection.cpp). No GL, SDL or ImGui here.
#pragma once

#include <string>
#include <vector>

struct pj_ctx;

namespace geo {

// Installs the file callbacks on `ctx`. While `refused` is not null, each path PROJ tried to open
// and that was refused (not a regular file) is appended to it; it must outlive that use, and the
// callbacks may be installed again with nullptr before it goes away. Returns false if PROJ
// rejected the callbacks.
bool openOnlyRegularFiles(pj_ctx* ctx, std::vector<std::string>* refused);

}  // namespace geo
