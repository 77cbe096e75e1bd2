#include "scene/name_overrides.h"

#include "data/csv_reader.h"

#include <algorithm>

namespace scene {

const NameOverride* NameOverrides::find(const std::string& layer, const std::string& key) const {
    for (const NameOverride& r : rows)
        if (r.layer == layer && r.key == key) return &r;
    return nullptr;
}

NameOverrides readNameOverrides(const std::string& path) {
    NameOverrides out;
    if (path.empty()) return out;
    std::string text;
    if (!data::readTextFile(path, text)) {
        out.warnings.push_back(path +
                               ": cannot be read; Natural Earth's names are shown as they are");
        return out;
    }
    std::vector<data::Message> messages;
    const data::CsvTable table = data::parseCsv(text, path, messages);
    for (const auto& m : messages) out.warnings.push_back(m.text);
    auto column = [&](const char* name) {
        const auto it = std::find(table.header.begin(), table.header.end(), name);
        return it == table.header.end() ? -1 : static_cast<int>(it - table.header.begin());
    };
    const int cLayer = column("layer"), cKey = column("key"), cSource = column("source");
    const int cNames[3] = {column("name"), column("name_ru"), column("name_zh")};
    if (cLayer < 0 || cKey < 0 || cSource < 0 || cNames[0] < 0 || cNames[1] < 0 || cNames[2] < 0) {
        out.warnings.push_back(path +
                               ": needs the columns layer, key, name, name_ru, name_zh, source");
        return out;
    }
    for (const auto& rec : table.records) {
        auto field = [&](int c) -> std::string {
            return static_cast<size_t>(c) < rec.fields.size() ? rec.fields[static_cast<size_t>(c)]
                                                              : std::string();
        };
        NameOverride r;
        r.layer = field(cLayer);
        r.key = field(cKey);
        r.line = rec.line;
        for (int k = 0; k < 3; ++k) r.names[static_cast<size_t>(k)] = field(cNames[k]);
        const std::string where = path + ":" + std::to_string(rec.line) + ": ";
        if (r.layer.empty() || r.key.empty()) {
            out.warnings.push_back(where + "layer and key are required");
        } else if (field(cSource).empty()) {
            out.warnings.push_back(where + "no source for the change to " + r.key);
        } else if (r.names[0].empty() && r.names[1].empty() && r.names[2].empty()) {
            out.warnings.push_back(where + "no name given for " + r.key);
        } else {
            out.rows.push_back(std::move(r));
        }
    }
    return out;
}

void applyNameOverride(const NameOverride& row, std::array<std::string, 4>* text) {
    const std::array<std::string, 4> before = *text;
    for (size_t k = 0; k < row.names.size(); ++k) {
        if (row.names[k].empty()) continue;
        (*text)[k] = row.names[k];
        if (before[3] == before[k]) (*text)[3] = row.names[k];
    }
}

}  // namespace scene
