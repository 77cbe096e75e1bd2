// Helpers shared by the data tests: fixture paths and file reading. Standard library and gtest
// only.
#pragma once

#include <string>

#include "data/csv_reader.h"

namespace data::test {

inline std::string fixturePath(const std::string& relative) {
    return std::string(CORRIDOR_TEST_FIXTURES) + "/data/" + relative;
}

inline std::string readFixture(const std::string& relative) {
    std::string text;
    if (!readTextFile(fixturePath(relative), text)) return "<missing fixture " + relative + ">";
    return text;
}

inline std::string shippedDataDir() {
    return std::string(CORRIDOR_SOURCE_DIR) + "/assets/data";
}

}  // namespace data::test
