// When the window looks at its data folder again: about once a second (a content hash, no
// parsing unless it changed). What a reload changes on screen is the window's wiring
// (WindowApp::onDataReloaded). Pure timing plus the session's reload; no SDL, GL or ImGui here.
#pragma once

#include "app/map_session.h"

#include <limits>
#include <string>
#include <vector>

namespace app {

inline constexpr double kDataCheckSec = 1.0;

class ReloadWatcher {
public:
    // True when more than kDataCheckSec passed since the last check that was due (the first
    // call is always due); the check is then counted as done at `nowSec`.
    bool due(double nowSec);
    // When due, reloads the session's data if its files changed: Reloaded (new data and
    // timeline geometry to upload), Rejected (broken files: the last good data stays and
    // `messages` say why, once per broken version) or Unchanged (also when not due).
    ReloadResult poll(MapSession& session, double nowSec, std::vector<std::string>* messages);

private:
    double m_lastCheckSec = -std::numeric_limits<double>::infinity();
};

}  // namespace app
