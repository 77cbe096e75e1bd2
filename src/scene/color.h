// Colours as plain values and their text form in manifests ("#rrggbb", "#rrggbbaa").
// No GL, SDL or ImGui here.
#pragma once

#include <optional>
#include <string>

namespace scene {

// Straight (not premultiplied) sRGB colour, components 0..1.
struct Rgba {
    float r = 0.f, g = 0.f, b = 0.f, a = 1.f;
    bool operator==(const Rgba& o) const { return r == o.r && g == o.g && b == o.b && a == o.a; }
};

// Parses "#rgb", "#rrggbb" or "#rrggbbaa"; nullopt for anything else.
std::optional<Rgba> parseColor(const std::string& text);
std::string toHex(const Rgba& c);

Rgba mix(const Rgba& a, const Rgba& b, float t);

}  // namespace scene
