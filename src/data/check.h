// `corridor check`: load a data folder, print a readable summary and every message, and say
// whether it is fit to ship. Standard library only; the app passes the folder and the stream.
#pragma once

#include <ostream>
#include <string>

#include "data/dataset.h"

namespace data {

// Exit codes of runCheck (the CLI's "input" failure class is 2).
constexpr int kCheckOk = 0;
constexpr int kCheckInputError = 2;

// Loads `dataDir` (e.g. "assets/data"), writes the summary to `out` (row counts per file, years
// covered, investment totals by sector per amount kind, confidence counts, content hash, then
// warnings and errors as `file:line: column: problem`). Returns kCheckOk when there are no
// errors (warnings allowed), kCheckInputError otherwise. Never throws.
int runCheck(const std::string& dataDir, std::ostream& out);

// The summary part alone, for a data set already loaded (used by runCheck and by tests).
void writeSummary(const LoadResult& result, const std::string& dataDir, std::ostream& out);

// "$1.25 bn", "$800 m", "$0.4 m": amounts for people, not for machines.
std::string formatUsd(double amountUsd);

}  // namespace data
