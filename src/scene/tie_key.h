// Cache keys compared through one list of their fields. A key struct derives from TieKey<Key>
// and has a `tie()` member returning std::tie(every field); == and != compare those tuples, so
// the fields are named once, in tie(), and never again in a hand-written comparison. (C++17
// has no defaulted operator==; this is the nearest thing.) No GL, SDL or ImGui here.
#pragma once

#include <tuple>

namespace scene {

template <class Key>
struct TieKey {
    friend bool operator==(const Key& a, const Key& b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Key& a, const Key& b) { return !(a == b); }
};

}  // namespace scene
