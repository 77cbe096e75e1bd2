// Content hashes of shapefile sets remembered in the cache folder. The geometry and label caches
// are keyed by their input files' content; hashing reads every file (65 MB for the default map,
// twice: the layers' keys and the labels'), which was most of a warm start's load. A remembered
// hash is used while each of the set's files has the size, modification time, change time and
// inode it had when hashed (as git's index and make trust them; the change time cannot be set
// back by hand), and the content is hashed again as soon as one differs. No GL here.
#pragma once

#include <cstdint>
#include <string>

namespace scene {

// hashShapefileSet(shpPath), from the memo in `cacheDir` when the files are unchanged, else
// hashed and remembered there. Without a cache folder it simply hashes. Files modified in
// the last two seconds are not remembered (a change within the file system's timestamp granule
// could otherwise go unseen). Safe to call from several threads and processes at once: each
// set has its own entry, written through a temporary file and a rename.
uint64_t hashShapefileSetMemo(const std::string& shpPath, const std::string& cacheDir);

}  // namespace scene
