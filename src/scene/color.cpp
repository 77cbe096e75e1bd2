#include "scene/color.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace scene {

namespace {
int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}
}  // namespace

std::optional<Rgba> parseColor(const std::string& text) {
    if (text.empty() || text[0] != '#') return std::nullopt;
    const std::string h = text.substr(1);
    for (char c : h) {
        if (hexDigit(c) < 0) return std::nullopt;
    }
    auto byte = [&](size_t i) {
        return static_cast<float>(hexDigit(h[i]) * 16 + hexDigit(h[i + 1])) / 255.f;
    };
    if (h.size() == 3) {
        auto nib = [&](size_t i) { return static_cast<float>(hexDigit(h[i]) * 17) / 255.f; };
        return Rgba{nib(0), nib(1), nib(2), 1.f};
    }
    if (h.size() == 6) return Rgba{byte(0), byte(2), byte(4), 1.f};
    if (h.size() == 8) return Rgba{byte(0), byte(2), byte(4), byte(6)};
    return std::nullopt;
}

std::string toHex(const Rgba& c) {
    auto q = [](float v) {
        return static_cast<int>(std::lround(std::fmin(std::fmax(v, 0.f), 1.f) * 255.f));
    };
    char buf[16];
    if (c.a >= 1.f) {
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", q(c.r), q(c.g), q(c.b));
    } else {
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", q(c.r), q(c.g), q(c.b), q(c.a));
    }
    return buf;
}

Rgba mix(const Rgba& a, const Rgba& b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t,
            a.a + (b.a - a.a) * t};
}

}  // namespace scene
