// Every colour render and ui paint comes from a theme's palette: no colour literal in src/
// outside the palette's built-in table (src/scene/palette.cpp). A colour literal is a hex colour
// string ("#rgb", "#rrggbb", "#rrggbbaa"), a 24-bit hex number (0xRRGGBB), IM_COL32(...), or three
// or four float literals in 0..1 in parentheses or braces (Rgba{...}, ImVec4(...),
// glClearColor(...)). Not colours, and allowed: pure black (rgb all zero: a clear, the vignette's
// darkening) and transparent tuples (alpha 0: a clear, a channel mask), the 24-bit mask 0xFFFFFF
// and the last code point 0x10FFFF, 8- and 16-digit hex numbers (hash constants and masks) and an
// escaped "#1b2a3c" in a message. In shaders/ the same, and a grey or white from one number
// (vec3(1.0), vec4(0.5)): the shaders take their colours as uniforms from the palette.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

bool isHex(char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}
bool isIdent(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// A float literal ("0.5f", "1.f", ".25", "0.0") at line[i]; its value and end, or false.
bool floatAt(const std::string& line, size_t i, double* value, size_t* end) {
    size_t j = i;
    bool digits = false, dot = false;
    while (j < line.size() &&
           (std::isdigit(static_cast<unsigned char>(line[j])) || line[j] == '.')) {
        if (line[j] == '.') {
            if (dot) return false;
            dot = true;
        } else {
            digits = true;
        }
        ++j;
    }
    const bool suffix = j < line.size() && (line[j] == 'f' || line[j] == 'F');
    if (!digits || !(dot || suffix)) return false;
    *value = std::strtod(line.substr(i, j - i).c_str(), nullptr);
    *end = suffix ? j + 1 : j;
    return true;
}

// Three or four float literals in 0..1, not all of the first three zero, then ')' or '}', right
// after an opening bracket at line[open].
bool colourTupleAt(const std::string& line, size_t open) {
    size_t i = open + 1;
    double v[4] = {0, 0, 0, 0};
    int n = 0;
    for (;;) {
        while (i < line.size() && line[i] == ' ') ++i;
        size_t end = 0;
        if (n == 4 || !floatAt(line, i, &v[n], &end) || v[n] < 0.0 || v[n] > 1.0) return false;
        ++n;
        i = end;
        while (i < line.size() && line[i] == ' ') ++i;
        if (i >= line.size()) return false;
        if (line[i] == ',') {
            ++i;
            continue;
        }
        if (line[i] != ')' && line[i] != '}') return false;
        const bool black = v[0] == 0.0 && v[1] == 0.0 && v[2] == 0.0;
        const bool transparent = n == 4 && v[3] == 0.0;  // e.g. a coverage channel mask
        return n >= 3 && !black && !transparent;
    }
}

// The colour literals on one line of code, as written.
std::vector<std::string> colourLiteralsIn(const std::string& line) {
    std::vector<std::string> out;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"' && i + 1 < line.size() && line[i + 1] == '#' &&
            (i == 0 || line[i - 1] != '\\')) {
            size_t n = 0;
            while (i + 2 + n < line.size() && isHex(line[i + 2 + n])) ++n;
            if (i + 2 + n < line.size() && line[i + 2 + n] == '"' && (n == 3 || n == 6 || n == 8))
                out.push_back(line.substr(i, n + 3));
        } else if (c == '0' && i + 1 < line.size() && (line[i + 1] == 'x' || line[i + 1] == 'X') &&
                   (i == 0 || !isIdent(line[i - 1]))) {
            size_t n = 0;
            while (i + 2 + n < line.size() && isHex(line[i + 2 + n])) ++n;
            std::string digits = line.substr(i + 2, n);
            for (char& d : digits)
                d = static_cast<char>(std::tolower(static_cast<unsigned char>(d)));
            if (n == 6 && digits != "ffffff" && digits != "10ffff")
                out.push_back(line.substr(i, 8));
        } else if (line.compare(i, 9, "IM_COL32(") == 0 && (i == 0 || !isIdent(line[i - 1]))) {
            out.push_back(line.substr(i, line.find(')', i) - i + 1));
        } else if ((c == '(' || c == '{') && colourTupleAt(line, i)) {
            out.push_back(line.substr(i, line.find_first_of(")}", i) - i + 1));
        }
    }
    return out;
}

// The colour literals on one line of GLSL: those above, and vec3(x) / vec4(x) of one non-zero
// number (vec4(0.0) is an empty accumulator, not a colour).
std::vector<std::string> shaderColourLiteralsIn(const std::string& line) {
    std::vector<std::string> out = colourLiteralsIn(line);
    for (size_t i = 0; i + 5 < line.size(); ++i) {
        if ((line.compare(i, 5, "vec3(") != 0 && line.compare(i, 5, "vec4(") != 0) ||
            (i > 0 && isIdent(line[i - 1])))
            continue;
        double v = 0.0;
        size_t end = 0;
        if (floatAt(line, i + 5, &v, &end) && end < line.size() && line[end] == ')' && v > 0.0 &&
            v <= 1.0)
            out.push_back(line.substr(i, end - i + 1));
    }
    return out;
}

TEST(ColourLiterals, ScannerFindsColoursAndLeavesOtherNumbers) {
    for (const char* planted : {
             "const scene::Rgba ink = scene::Rgba{0.95f, 0.92f, 0.86f, 1.f};",
             "    glm::vec4 railColor{0.93f, 0.42f, 0.23f, 1.f};",
             "ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.45f, 0.72f, 1.f, 1.f));",
             "p.furnitureHalo = {1.f, 1.f, 1.f, 0.85f};",
             "glClearColor(0.05f, 0.08f, 0.11f, 1.f);",
             "set(K::City, color(\"#d9d2c3\"), halo);",
             "const char* c = \"#abc\";",
             "constexpr Rgba kBlue = hex(0x0072B2);",
             "draw->AddRect(a, b, IM_COL32(255, 0, 0, 255));",
             "return {0.5f, 0.5f, 0.5f};",
         }) {
        EXPECT_EQ(colourLiteralsIn(planted).size(), 1u) << planted;
    }
    for (const char* other : {
             "constexpr uint32_t kNoFeature = 0xffffffffu;",
             "(static_cast<uint64_t>(glyphIndex & 0xffffff) << 32)",
             "if (cp > 0x10FFFF) return 0;",
             "h ^= 0x9e3779b97f4a7c15ull;",
             "for (double m : {1.0, 2.0, 5.0}) {",
             "geo::LonLatBox clip{0.0, 20.0, 125.0, 62.0};",
             "glClearColor(0.f, 0.f, 0.f, 0.f);",
             "radialRamp(cr, spec, 0.35, 0.95, 1.3, scene::Rgba{0.f, 0.f, 0.f, 0.f},",
             "p.channel = glm::vec4(0.f);",
             "glm::vec4 channel{1.f, 0.f, 0.f, 0.f};  // the coverage buffer's channel",
             "ImVec4(c.r, c.g, c.b, 1.f)",
             "constexpr double kScale[6] = {0.8, 1.1, 1.0, 0.95, 0.7, 1.0};",
             "rep.at(n, ctx + \": '\" + key + \"' must be a colour like \\\"#1b2a3c\\\"\");",
             "cairo_set_source_rgba(cr, 0, 0, 0, 0.22 * color.a);",
             "f(0, 1, 1);",
         }) {
        EXPECT_TRUE(colourLiteralsIn(other).empty()) << other;
    }
    for (const char* planted : {
             "rgb = mix(rgb, vec3(1.0), 0.38 * pulse);",
             "o_color = vec4(0.9, 0.8, 0.7, 1.0);",
             "vec4 grey = vec4(0.5);",
         }) {
        EXPECT_EQ(shaderColourLiteralsIn(planted).size(), 1u) << planted;
    }
    for (const char* other : {
             "vec4 acc = vec4(0.0);",
             "float t = smoothstep(0.35, 0.95, length(d) * 1.3);",
             "rgb = mix(rgb, u_pulseColour, 0.38 * pulse);",
             "vec2 h = vec2(0.5);",
             "o_color = vec4(0.0, 0.0, 0.0, u_strength * t);",
         }) {
        EXPECT_TRUE(shaderColourLiteralsIn(other).empty()) << other;
    }
}

TEST(ColourLiterals, NoneInTheSourceOutsideThePalette) {
    const fs::path src = fs::path(CORRIDOR_SOURCE_DIR) / "src";
    const fs::path palette = src / "scene" / "palette.cpp";
    int files = 0;
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(src)) {
        const fs::path& p = entry.path();
        if (!entry.is_regular_file() || (p.extension() != ".cpp" && p.extension() != ".h"))
            continue;
        ++files;
        if (fs::equivalent(p, palette)) continue;
        std::ifstream in(p);
        std::string line;
        for (int n = 1; std::getline(in, line); ++n) {
            for (const std::string& hit : colourLiteralsIn(line))
                found.push_back(fs::relative(p, CORRIDOR_SOURCE_DIR).string() + ":" +
                                std::to_string(n) + ": " + hit);
        }
    }
    EXPECT_GT(files, 100);
    for (const std::string& f : found)
        ADD_FAILURE() << f << " (a colour belongs in the theme's palette: src/scene/palette.h)";
}

TEST(ColourLiterals, NoneInTheShaders) {
    const fs::path shaders = fs::path(CORRIDOR_SOURCE_DIR) / "shaders";
    int files = 0;
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(shaders)) {
        const fs::path& p = entry.path();
        if (!entry.is_regular_file() || (p.extension() != ".frag" && p.extension() != ".vert"))
            continue;
        ++files;
        std::ifstream in(p);
        std::string line;
        for (int n = 1; std::getline(in, line); ++n) {
            const std::string code = line.substr(0, line.find("//"));
            for (const std::string& hit : shaderColourLiteralsIn(code))
                found.push_back(fs::relative(p, CORRIDOR_SOURCE_DIR).string() + ":" +
                                std::to_string(n) + ": " + hit);
        }
    }
    EXPECT_GT(files, 20);
    for (const std::string& f : found)
        ADD_FAILURE() << f << " (pass the colour in as a uniform from the theme's palette)";
}

}  // namespace
