#include "app/reload_watcher.h"

namespace app {

bool ReloadWatcher::due(double nowSec) {
    if (!(nowSec - m_lastCheckSec > kDataCheckSec)) return false;
    m_lastCheckSec = nowSec;
    return true;
}

ReloadResult ReloadWatcher::poll(MapSession& session, double nowSec,
                                 std::vector<std::string>* messages) {
    if (!due(nowSec)) return ReloadResult::Unchanged;
    return reloadDataIfChanged(session, messages);
}

}  // namespace app
