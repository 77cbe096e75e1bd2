// Hostile paths for the manifest and the story: a named pipe (reading it blocked for ever), a
// device (/dev/zero was read until memory ran out), a folder, a file over the size limit. Each
// one: a single error naming the path and what it is, at once, without reading it.
#include "data/file_read.h"
#include "message_lines.h"
#include "scene/manifest.h"
#include "scene/story.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace {

using testutil::joined;

class HostileInputFiles : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("hostile_input_files"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    // Both readers give exactly one error, and it starts with `expected`.
    void expectBothRefuse(const std::string& path, const std::string& expected) {
        const scene::ManifestResult m = scene::readManifest(path);
        EXPECT_FALSE(m.manifest);
        ASSERT_EQ(m.errors.size(), 1u) << joined(m.errors);
        EXPECT_EQ(m.errors[0].rfind(expected, 0), 0u) << m.errors[0];
        const scene::StoryResult s = scene::loadStory(path);
        ASSERT_EQ(s.errors.size(), 1u) << joined(s.errors);
        EXPECT_EQ(s.errors[0].rfind(expected, 0), 0u) << s.errors[0];
    }

    std::string m_dir;
};

TEST_F(HostileInputFiles, NamedPipeIsNotOpened) {
    const std::string fifo = m_dir + "/layers.toml";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // With no writer, opening it for reading would wait for ever.
    expectBothRefuse(fifo, fifo + ": not a regular file (a named pipe)");
}

TEST_F(HostileInputFiles, DeviceAndFolderAreRefused) {
    expectBothRefuse("/dev/zero", "/dev/zero: not a regular file (a device)");
    expectBothRefuse(m_dir, m_dir + ": not a regular file (a folder)");
    // A link to a device is judged by what it points to.
    const std::string link = m_dir + "/story.toml";
    std::filesystem::create_symlink("/dev/zero", link);
    expectBothRefuse(link, link + ": not a regular file (a device)");
}

TEST_F(HostileInputFiles, FileOverTheLimitIsNotRead) {
    const std::string big = m_dir + "/big.toml";
    testutil::writeTextFile(big, "title = \"x\"\n");
    std::filesystem::resize_file(big, data::kMaxTomlBytes + 1);  // sparse: no 4 MB written
    expectBothRefuse(big, big + ": is 4.0 MB, over the limit of 4 MB for this kind of file");
}

TEST_F(HostileInputFiles, MissingFileKeepsItsMessage) {
    expectBothRefuse(m_dir + "/none.toml", m_dir + "/none.toml: cannot");
}

}  // namespace
