// Checks of a layer's attribute names against the file it draws (scene/manifest.h). No GL, SDL or
// ImGui here.
#include "scene/manifest.h"

#include <algorithm>
#include <cctype>

namespace scene {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Edit distance, for "did you mean": names are short (DBF fields are at most 11 bytes).
size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// "(its fields: a, b, c)" for a short list, else "(did you mean 'x'?)" or "".
std::string fieldHint(const std::string& field, const std::vector<std::string>& names) {
    constexpr size_t kListAtMost = 12;
    if (names.empty()) return " (it has no attribute fields)";
    if (names.size() <= kListAtMost) {
        std::string list;
        for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
        return " (its fields: " + list + ")";
    }
    const std::string wanted = lower(field);
    const std::string* best = nullptr;
    size_t bestDistance = 3;  // at most two edits away
    for (const auto& n : names) {
        if (n.size() > 64) continue;
        const size_t d = editDistance(wanted, lower(n));
        if (d < bestDistance) {
            bestDistance = d;
            best = &n;
        }
    }
    return best ? " (did you mean '" + *best + "'?)" : "";
}

}  // namespace

std::vector<std::string> unknownFieldWarnings(const LayerDef& def, const geo::FeatureSet& set,
                                              const std::string& manifestPath) {
    std::vector<std::string> out;
    const size_t slash = manifestPath.find_last_of('/');
    const std::string manifest = manifestPath.empty()         ? "manifest"
                                 : slash == std::string::npos ? manifestPath
                                                              : manifestPath.substr(slash + 1);
    const size_t fileSlash = set.sourcePath.find_last_of('/');
    const std::string file =
        fileSlash == std::string::npos ? set.sourcePath : set.sourcePath.substr(fileSlash + 1);
    auto check = [&](const std::string& field, const std::string& what, const std::string& effect) {
        if (field.empty() || set.fieldIndex(field) >= 0) return;
        out.push_back(manifest + ": layer '" + def.id + "': " + what + ": " + file +
                      " has no field '" + field + "'" + fieldHint(field, set.fieldNames) + "; " +
                      effect);
    };
    for (const auto& f : def.filters) {
        // A missing field reads as "": say what the filter then does.
        check(f.field, "filter '" + f.text + "'",
              filterMatches(f, "") ? "the filter holds for every feature"
                                   : "the filter matches nothing, so the layer is empty");
    }
    check(def.paletteField, "palette_field", "every feature takes the first palette colour");
    check(def.classField, "class_field", "no feature gets a class");
    check(def.widthField, "width_field", "stroke widths are not scaled");
    return out;
}

}  // namespace scene
