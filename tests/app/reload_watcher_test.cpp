// When the window looks at its data folder (app/reload_watcher.h): at once, then about once a
// second, never on every frame.
#include "app/reload_watcher.h"

#include <gtest/gtest.h>

namespace {

TEST(ReloadWatcher, ChecksAtOnceThenAboutOnceASecond) {
    app::ReloadWatcher w;
    EXPECT_TRUE(w.due(100.0));
    EXPECT_FALSE(w.due(100.016));
    EXPECT_FALSE(w.due(100.0 + app::kDataCheckSec));
    EXPECT_TRUE(w.due(101.05));
    EXPECT_FALSE(w.due(101.5));
    EXPECT_TRUE(w.due(200.0));  // after a long stall, one check, not a burst
    EXPECT_FALSE(w.due(200.5));
}

TEST(ReloadWatcher, NotDueMeansUnchangedWithoutLookingAtTheFolder) {
    app::ReloadWatcher w;
    app::MapSession session;
    session.dataDir = "/nonexistent/corridor-data";
    std::vector<std::string> messages;
    w.poll(session, 10.0, &messages);  // due: looks (the folder is missing)
    messages.clear();
    EXPECT_EQ(w.poll(session, 10.5, &messages), app::ReloadResult::Unchanged);
    EXPECT_TRUE(messages.empty());
}

}  // namespace
