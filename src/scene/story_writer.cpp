// Writing stories: the TOML text (read back to an equal story by parseStory) and safe saves.
#include "scene/story.h"

#include "data/enums.h"

#include <toml++/toml.h>

#include <unistd.h>
#include <cstdio>
#include <sstream>

namespace scene {

namespace {

template <typename Enum>
toml::array enumArray(const std::vector<Enum>& values) {
    toml::array a;
    for (Enum v : values) a.push_back(std::string(data::toString(v)));
    return a;
}

toml::array stringArray(const std::vector<std::string>& values) {
    toml::array a;
    for (const auto& v : values) a.push_back(v);
    return a;
}

toml::table stepTable(const StoryStep& s) {
    toml::table t;
    t.insert("title", s.title);
    if (!s.caption.empty()) t.insert("caption", s.caption);
    if (!s.titleRu.empty()) t.insert("title_ru", s.titleRu);
    if (!s.titleZh.empty()) t.insert("title_zh", s.titleZh);
    if (!s.captionRu.empty()) t.insert("caption_ru", s.captionRu);
    if (!s.captionZh.empty()) t.insert("caption_zh", s.captionZh);
    if (!s.notes.empty()) t.insert("notes", s.notes);
    t.insert("year", s.year);
    if (s.fromYear) t.insert("from_year", *s.fromYear);
    t.insert("mode", std::string(timeModeName(s.mode)));
    if (s.mode == data::TimeMode::Window) t.insert("window_years", s.windowYears);
    if (!s.highlightFlows.empty()) t.insert("highlight_flows", stringArray(s.highlightFlows));
    if (!s.highlightPlaces.empty()) t.insert("highlight_places", stringArray(s.highlightPlaces));
    if (s.camera) {
        toml::table c;
        if (s.camera->center) {
            c.insert("center", toml::array{s.camera->center->lon, s.camera->center->lat});
            c.insert("zoom", s.camera->zoom);
        } else if (s.camera->box) {
            const geo::LonLatBox& b = *s.camera->box;
            c.insert("box", toml::array{b.lonMin, b.latMin, b.lonMax, b.latMax});
        }
        t.insert("camera", std::move(c));
    }
    const data::FlowFilter& f = s.filter;
    if (!f.empty()) {
        toml::table ft;
        if (!f.sectors.empty()) ft.insert("sectors", enumArray(f.sectors));
        if (!f.subsectors.empty()) ft.insert("subsectors", stringArray(f.subsectors));
        if (!f.countries.empty()) ft.insert("countries", stringArray(f.countries));
        if (!f.statuses.empty()) ft.insert("statuses", enumArray(f.statuses));
        if (!f.confidences.empty()) ft.insert("confidence", enumArray(f.confidences));
        if (!f.roles.empty()) ft.insert("roles", enumArray(f.roles));
        if (!f.amountKinds.empty()) ft.insert("amount_kinds", enumArray(f.amountKinds));
        if (f.minAmountUsd) ft.insert("min_amount_usd", *f.minAmountUsd);
        if (f.maxAmountUsd) ft.insert("max_amount_usd", *f.maxAmountUsd);
        t.insert("filters", std::move(ft));
    }
    toml::table lt;
    const StoryLayers& l = s.layers;
    lt.insert("corridor", l.corridor);
    lt.insert("flows", l.flows);
    lt.insert("totals", l.totals);
    lt.insert("legend", l.legend);
    lt.insert("labels", l.labels);
    if (!l.show.empty()) lt.insert("show", stringArray(l.show));
    if (!l.hide.empty()) lt.insert("hide", stringArray(l.hide));
    t.insert("layers", std::move(lt));
    if (s.callouts) {
        toml::table ct;
        ct.insert("kinds", enumArray(s.callouts->kinds));
        ct.insert("events", stringArray(s.callouts->events));
        t.insert("callouts", std::move(ct));
    }
    if (s.legend) {
        toml::table lg;
        lg.insert("corner", std::string(cornerName(s.legend->corner)));
        lg.insert("compact", s.legend->compact);
        t.insert("legend", std::move(lg));
    }
    return t;
}

}  // namespace

std::string storyToToml(const Story& story) {
    std::ostringstream out;
    out << "# A Corridor story: one [[steps]] table per step, shown in order (PgDn / PgUp).\n"
        << "# See README.md, \"Stories\".\n";
    toml::table head;
    head.insert("title", story.title);
    if (!story.subtitle.empty()) head.insert("subtitle", story.subtitle);
    if (story.text) head.insert("text", std::string(textSizeName(*story.text)));
    out << head << "\n";
    for (const StoryStep& s : story.steps) {
        // One [[steps]] block each, written by hand around toml++'s table output so the file
        // reads like the shipped stories (toml++ would write an inline array of tables).
        toml::table t = stepTable(s);
        toml::table nested;
        for (const char* key : {"camera", "filters", "layers", "callouts", "legend"}) {
            if (auto* n = t.get(key)) {
                nested.insert(key, *n);
                t.erase(key);
            }
        }
        out << "\n[[steps]]\n" << t << "\n";
        for (const char* key : {"camera", "filters", "layers", "callouts", "legend"}) {
            if (auto* n = nested.get_as<toml::table>(key)) {
                out << "[steps." << key << "]\n" << *n << "\n";
            }
        }
    }
    return out.str();
}

bool saveStory(const Story& story, const std::string& path, std::string* error) {
    const std::string text = storyToToml(story);
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        if (error) *error = path + ": cannot write (the folder is missing or not writable)";
        return false;
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size() &&
                         std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!written || !closed) {
        std::remove(tmp.c_str());
        if (error) *error = path + ": write failed (disk full?); the old file is unchanged";
        return false;
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        if (error) *error = path + ": cannot replace the file";
        return false;
    }
    return true;
}

}  // namespace scene
