// The file hash memo: a remembered content hash is used while the shapefile set's files keep their
// size, times and inode, and the content is hashed again when one differs, even when the edit
// keeps the size and the modification time (the change time gives it away).
#include "scene/file_hash_memo.h"

#include "scene/geometry_cache.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

class FileHashMemoTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("corridor-memo-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "cache");
        m_shp = (m_dir / "layer.shp").string();
        write(m_shp, "shape bytes 1");
        write((m_dir / "layer.dbf").string(), "table bytes");
        m_cache = (m_dir / "cache").string();
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static void write(const std::string& path, const std::string& bytes) {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    // Sets the file's modification time a minute back (its change time becomes now).
    static void ageMtime(const std::string& path) {
        struct stat st {};
        ASSERT_EQ(::stat(path.c_str(), &st), 0);
        timespec times[2] = {st.st_atim, st.st_mtim};
        times[0].tv_sec -= 60;
        times[1].tv_sec -= 60;
        ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
    }
    size_t entries() const {
        size_t n = 0;
        for (const auto& e : fs::directory_iterator(m_cache))
            n += e.path().filename().string().rfind("filehash-", 0) == 0 ? 1 : 0;
        return n;
    }

    fs::path m_dir;
    std::string m_shp, m_cache;
};

TEST_F(FileHashMemoTest, SameHashAsHashingTheFiles) {
    EXPECT_EQ(scene::hashShapefileSetMemo(m_shp, m_cache), scene::hashShapefileSet(m_shp));
    EXPECT_EQ(scene::hashShapefileSetMemo(m_shp, ""), scene::hashShapefileSet(m_shp));
    EXPECT_EQ(scene::hashShapefileSetMemo((m_dir / "none.shp").string(), m_cache), 0u);
}

TEST_F(FileHashMemoTest, RecentlyModifiedFilesAreNotRemembered) {
    scene::hashShapefileSetMemo(m_shp, m_cache);
    EXPECT_EQ(entries(), 0u);
    ageMtime(m_shp);
    ageMtime((m_dir / "layer.dbf").string());
    const uint64_t h = scene::hashShapefileSetMemo(m_shp, m_cache);
    EXPECT_EQ(entries(), 1u);
    EXPECT_EQ(scene::hashShapefileSetMemo(m_shp, m_cache), h);
}

TEST_F(FileHashMemoTest, AnEditKeepingSizeAndModificationTimeIsSeen) {
    const std::string dbf = (m_dir / "layer.dbf").string();
    ageMtime(m_shp);
    ageMtime(dbf);
    const uint64_t before = scene::hashShapefileSetMemo(m_shp, m_cache);
    ASSERT_EQ(entries(), 1u);
    struct stat st {};
    ASSERT_EQ(::stat(dbf.c_str(), &st), 0);
    write(dbf, "TABLE BYTES");  // same size
    const timespec times[2] = {st.st_atim, st.st_mtim};
    ASSERT_EQ(::utimensat(AT_FDCWD, dbf.c_str(), times, 0), 0);  // the old modification time
    const uint64_t after = scene::hashShapefileSetMemo(m_shp, m_cache);
    EXPECT_NE(after, before);
    EXPECT_EQ(after, scene::hashShapefileSet(m_shp));
    // A sidecar that appears is seen too.
    write((m_dir / "layer.cpg").string(), "UTF-8");
    EXPECT_EQ(scene::hashShapefileSetMemo(m_shp, m_cache), scene::hashShapefileSet(m_shp));
}

TEST_F(FileHashMemoTest, ADamagedEntryIsHashedAgain) {
    ageMtime(m_shp);
    ageMtime((m_dir / "layer.dbf").string());
    const uint64_t h = scene::hashShapefileSetMemo(m_shp, m_cache);
    for (const auto& e : fs::directory_iterator(m_cache)) write(e.path().string(), "garbage");
    EXPECT_EQ(scene::hashShapefileSetMemo(m_shp, m_cache), h);
}

}  // namespace
