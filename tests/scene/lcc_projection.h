// The Lambert conformal conic projection the scene tests build their timeline geometry in, made
// once per test binary (PROJ set-up is the slow part).
#pragma once

#include "geo/projection.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace testutil {

inline const geo::Projection& lcc() {
    static const std::optional<geo::Projection> p = [] {
        std::string error;
        auto r = geo::Projection::create(geo::ProjectionKind::Lcc, &error);
        EXPECT_TRUE(r.has_value()) << error;
        return r;
    }();
    return *p;
}

}  // namespace testutil
