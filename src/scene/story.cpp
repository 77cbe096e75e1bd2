#include "scene/story.h"

#include "data/enums.h"
#include "scene/toml_limits.h"

#include <toml++/toml.h>

#include <cctype>
#include <cmath>
#include <set>

namespace scene {

const char* timeModeName(data::TimeMode mode) {
    switch (mode) {
        case data::TimeMode::All:
            return "all";
        case data::TimeMode::Cumulative:
            return "cumulative";
        case data::TimeMode::SingleYear:
            return "single_year";
        case data::TimeMode::Window:
            return "window";
    }
    return "cumulative";
}

std::optional<data::TimeMode> parseTimeMode(const std::string& name) {
    for (auto m : {data::TimeMode::All, data::TimeMode::Cumulative, data::TimeMode::SingleYear,
                   data::TimeMode::Window}) {
        if (name == timeModeName(m)) return m;
    }
    return std::nullopt;
}

const char* cornerName(FrameCorner corner) {
    switch (corner) {
        case FrameCorner::TopRight:
            return "top_right";
        case FrameCorner::TopLeft:
            return "top_left";
        case FrameCorner::BottomRight:
            return "bottom_right";
        case FrameCorner::BottomLeft:
            return "bottom_left";
    }
    return "top_right";
}

std::optional<FrameCorner> parseCorner(const std::string& name) {
    for (auto c : {FrameCorner::TopRight, FrameCorner::TopLeft, FrameCorner::BottomRight,
                   FrameCorner::BottomLeft}) {
        if (name == cornerName(c)) return c;
    }
    return std::nullopt;
}

const char* textSizeName(TextSize size) {
    return size == TextSize::Projector ? "projector" : "default";
}

std::optional<TextSize> parseTextSize(const std::string& name) {
    if (name == "default") return TextSize::Default;
    if (name == "projector") return TextSize::Projector;
    return std::nullopt;
}

const std::string& stepTitle(const StoryStep& step, const std::string& language) {
    if (language == "ru" && !step.titleRu.empty()) return step.titleRu;
    if (language == "zh" && !step.titleZh.empty()) return step.titleZh;
    return step.title;
}

const std::string& stepCaption(const StoryStep& step, const std::string& language) {
    if (language == "ru" && !step.captionRu.empty()) return step.captionRu;
    if (language == "zh" && !step.captionZh.empty()) return step.captionZh;
    return step.caption;
}

namespace {

// Cuts `text` to at most `maxChars` UTF-8 characters (on a character boundary); returns how many
// characters it had when it was cut, 0 when it was short enough.
std::size_t clipChars(std::string& text, std::size_t maxChars) {
    std::size_t chars = 0, cut = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (chars == maxChars) cut = i;
        ++chars;
    }
    if (chars <= maxChars) return 0;
    text.resize(cut);
    return chars;
}

// Keeps the first kMaxStoryMessages; the rest become one "... and N more" line.
void capMessages(std::vector<std::string>& messages, const char* what) {
    if (messages.size() <= kMaxStoryMessages) return;
    const std::size_t more = messages.size() - kMaxStoryMessages;
    messages.resize(kMaxStoryMessages);
    messages.push_back("... and " + std::to_string(more) + " more " + what + " (the first " +
                       std::to_string(kMaxStoryMessages) + " are listed)");
}

// Reads one table's keys, reporting wrong types and unknown keys against a path like
// "steps[2].camera".
class Reader {
public:
    Reader(const toml::table& table, std::string where, StoryResult& out)
        : m_table(table), m_where(std::move(where)), m_out(out) {}

    ~Reader() {
        for (const auto& [key, node] : m_table) {
            const std::string k(key.str());
            if (!m_known.count(k)) m_out.warnings.push_back(at(k) + ": unknown key, ignored");
        }
    }

    std::string at(const std::string& key) const {
        return m_where.empty() ? key : m_where + "." + key;
    }

    const toml::node* node(const std::string& key) {
        m_known.insert(key);
        return m_table.get(key);
    }

    // A string of at most `maxChars` characters: longer is cut, with a warning.
    void string(const std::string& key, std::string& out, std::size_t maxChars = kMaxTitleChars) {
        if (const toml::node* n = node(key)) {
            if (auto v = n->value<std::string>()) {
                out = std::move(*v);
                if (const std::size_t chars = clipChars(out, maxChars))
                    warning(key, std::to_string(chars) + " characters; only the first " +
                                     std::to_string(maxChars) + " are kept");
            } else {
                error(key, "must be a string");
            }
        }
    }

    std::optional<double> number(const std::string& key) {
        const toml::node* n = node(key);
        if (!n) return std::nullopt;
        if (auto v = n->value<double>(); v && std::isfinite(*v)) return *v;
        error(key, "must be a finite number");
        return std::nullopt;
    }

    void boolean(const std::string& key, bool& out) {
        if (const toml::node* n = node(key)) {
            if (auto v = n->value<bool>())
                out = *v;
            else
                error(key, "must be true or false");
        }
    }

    std::vector<std::string> strings(const std::string& key) {
        std::vector<std::string> out;
        const toml::node* n = node(key);
        if (!n) return out;
        const toml::array* arr = n->as_array();
        if (!arr) {
            error(key, "must be an array of strings");
            return out;
        }
        if (arr->size() > kMaxStoryListItems)
            warning(key, std::to_string(arr->size()) + " entries; only the first " +
                             std::to_string(kMaxStoryListItems) + " are read");
        for (std::size_t i = 0; i < arr->size() && i < kMaxStoryListItems; ++i) {
            if (auto v = (*arr)[i].value<std::string>())
                out.push_back(std::move(*v));
            else
                error(key, "must contain only strings");
        }
        return out;
    }

    std::vector<double> numbers(const std::string& key) {
        std::vector<double> out;
        const toml::node* n = node(key);
        if (!n) return out;
        const toml::array* arr = n->as_array();
        if (!arr) {
            error(key, "must be an array of numbers");
            return out;
        }
        for (const auto& item : *arr) {
            auto v = item.value<double>();
            if (v && std::isfinite(*v))
                out.push_back(*v);
            else
                error(key, "must contain only finite numbers");
        }
        return out;
    }

    // Parses each string of an array with `parse`; unknown names are errors listing the allowed.
    template <typename Enum, typename Parse>
    std::vector<Enum> enums(const std::string& key, Parse parse, const std::string& allowed) {
        std::vector<Enum> out;
        for (const std::string& s : strings(key)) {
            if (auto v = parse(s))
                out.push_back(*v);
            else
                error(key, "'" + s + "' is not one of " + allowed);
        }
        return out;
    }

    void error(const std::string& key, const std::string& what) {
        m_out.errors.push_back(at(key) + ": " + what);
    }

    void warning(const std::string& key, const std::string& what) {
        m_out.warnings.push_back(at(key) + ": " + what);
    }

private:
    const toml::table& m_table;
    std::string m_where;
    StoryResult& m_out;
    std::set<std::string> m_known;
};

void readCamera(const toml::table& t, const std::string& where, StoryStep& step, StoryResult& out) {
    Reader r(t, where, out);
    StoryCamera cam;
    const std::vector<double> center = r.numbers("center");
    const std::vector<double> box = r.numbers("box");
    if (auto z = r.number("zoom")) {
        if (*z < 0.0 || *z > 20.0)
            r.error("zoom", "must be between 0 and 20");
        else
            cam.zoom = *z;
    }
    if (r.node("center")) {
        if (center.size() != 2 || std::abs(center[0]) > 180.0 || std::abs(center[1]) > 90.0)
            r.error("center", "must be [longitude, latitude] in degrees");
        else
            cam.center = geo::LonLat{center[0], center[1]};
    }
    if (r.node("box")) {
        if (box.size() != 4 || !(box[0] < box[2]) || !(box[1] < box[3]) ||
            std::abs(box[0]) > 180.0 || std::abs(box[2]) > 180.0 || std::abs(box[1]) > 90.0 ||
            std::abs(box[3]) > 90.0)
            r.error("box", "must be [west, south, east, north] in degrees, west < east");
        else
            cam.box = geo::LonLatBox{box[0], box[1], box[2], box[3]};
    }
    if (!cam.center && !cam.box) {
        out.errors.push_back(where + ": needs center (with zoom) or box");
        return;
    }
    step.camera = cam;
}

void readFilters(const toml::table& t, const std::string& where, data::FlowFilter& f,
                 StoryResult& out) {
    Reader r(t, where, out);
    f.sectors = r.enums<data::Sector>(
        "sectors", [](const std::string& s) { return data::parseSector(s); },
        data::allowedNames<data::Sector>());
    f.subsectors = r.strings("subsectors");
    f.countries = r.strings("countries");
    f.statuses = r.enums<data::ProjectStatus>(
        "statuses", [](const std::string& s) { return data::parseProjectStatus(s); },
        data::allowedNames<data::ProjectStatus>());
    f.confidences = r.enums<data::Confidence>(
        "confidence", [](const std::string& s) { return data::parseConfidence(s); },
        data::allowedNames<data::Confidence>());
    f.roles = r.enums<data::ChineseRole>(
        "roles", [](const std::string& s) { return data::parseChineseRole(s); },
        data::allowedNames<data::ChineseRole>());
    f.amountKinds = r.enums<data::AmountKind>(
        "amount_kinds", [](const std::string& s) { return data::parseAmountKind(s); },
        data::allowedNames<data::AmountKind>());
    f.minAmountUsd = r.number("min_amount_usd");
    f.maxAmountUsd = r.number("max_amount_usd");
    if (f.minAmountUsd && f.maxAmountUsd && *f.minAmountUsd > *f.maxAmountUsd)
        r.error("min_amount_usd", "is larger than max_amount_usd");
}

void readLayers(const toml::table& t, const std::string& where, StoryLayers& l, StoryResult& out) {
    Reader r(t, where, out);
    r.boolean("corridor", l.corridor);
    r.boolean("flows", l.flows);
    r.boolean("totals", l.totals);
    r.boolean("legend", l.legend);
    r.boolean("labels", l.labels);
    l.show = r.strings("show");
    l.hide = r.strings("hide");
}

// "2025", "2025-09" or "2025-09-30", then optionally "@place_id".
bool validEventRef(const std::string& ref) {
    const std::string date = ref.substr(0, ref.find('@'));
    if (ref.find('@') != std::string::npos && ref.size() == date.size() + 1) return false;
    if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
    for (std::size_t i = 0; i < date.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? date[i] != '-' : !std::isdigit(static_cast<unsigned char>(date[i])))
            return false;
    }
    return true;
}

void readCallouts(const toml::table& t, const std::string& where, StoryCallouts& c,
                  StoryResult& out) {
    Reader r(t, where, out);
    c.kinds = r.enums<data::EventKind>(
        "kinds", [](const std::string& s) { return data::parseEventKind(s); },
        data::allowedNames<data::EventKind>());
    for (std::string& ref : r.strings("events")) {
        if (validEventRef(ref))
            c.events.push_back(std::move(ref));
        else
            r.error("events", "'" + ref +
                                  "' is not a date of events.csv (YYYY, YYYY-MM or YYYY-MM-DD), "
                                  "optionally followed by @place_id");
    }
}

void readLegend(const toml::table& t, const std::string& where, StoryLegend& l, StoryResult& out) {
    Reader r(t, where, out);
    std::string corner;
    r.string("corner", corner);
    if (!corner.empty()) {
        if (auto c = parseCorner(corner))
            l.corner = *c;
        else
            r.error("corner", "'" + corner +
                                  "' is not one of top_right, top_left, bottom_right, bottom_left");
    }
    r.boolean("compact", l.compact);
}

void readStep(const toml::table& t, const std::string& where, StoryStep& step, StoryResult& out) {
    Reader r(t, where, out);
    r.string("title", step.title);
    r.string("caption", step.caption, kMaxCaptionChars);
    r.string("title_ru", step.titleRu);
    r.string("title_zh", step.titleZh);
    r.string("caption_ru", step.captionRu, kMaxCaptionChars);
    r.string("caption_zh", step.captionZh, kMaxCaptionChars);
    r.string("notes", step.notes, kMaxCaptionChars);
    if (auto y = r.number("year")) {
        if (*y < 1990.0 || *y > 2036.0)
            r.error("year", "must be between 1990 and 2036");
        else
            step.year = *y;
    }
    if (auto y = r.number("from_year")) {
        if (*y < 1990.0 || *y > 2036.0)
            r.error("from_year", "must be between 1990 and 2036");
        else
            step.fromYear = *y;
    }
    std::string mode;
    r.string("mode", mode);
    if (!mode.empty()) {
        if (auto m = parseTimeMode(mode))
            step.mode = *m;
        else
            r.error("mode", "'" + mode + "' is not one of all, cumulative, single_year, window");
    }
    if (auto w = r.number("window_years")) {
        if (*w < 1.0 || *w > 30.0 || *w != std::floor(*w))
            r.error("window_years", "must be a whole number of years from 1 to 30");
        else
            step.windowYears = static_cast<int>(*w);
    }
    step.highlightFlows = r.strings("highlight_flows");
    step.highlightPlaces = r.strings("highlight_places");
    if (const toml::node* n = r.node("camera")) {
        if (const toml::table* c = n->as_table())
            readCamera(*c, r.at("camera"), step, out);
        else
            r.error("camera", "must be a table");
    }
    if (const toml::node* n = r.node("filters")) {
        if (const toml::table* f = n->as_table())
            readFilters(*f, r.at("filters"), step.filter, out);
        else
            r.error("filters", "must be a table");
    }
    if (const toml::node* n = r.node("layers")) {
        if (const toml::table* l = n->as_table())
            readLayers(*l, r.at("layers"), step.layers, out);
        else
            r.error("layers", "must be a table");
    }
    if (const toml::node* n = r.node("callouts")) {
        if (const toml::table* c = n->as_table()) {
            step.callouts.emplace();
            readCallouts(*c, r.at("callouts"), *step.callouts, out);
        } else {
            r.error("callouts", "must be a table");
        }
    }
    if (const toml::node* n = r.node("legend")) {
        if (const toml::table* l = n->as_table()) {
            step.legend.emplace();
            readLegend(*l, r.at("legend"), *step.legend, out);
        } else {
            r.error("legend", "must be a table");
        }
    }
}

}  // namespace

StoryResult parseStory(const std::string& text, const std::string& name) {
    StoryResult out;
    if (auto tooMuch = tomlLimitError(text, name)) {
        out.errors.push_back(*tooMuch);
        return out;
    }
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        const auto& b = e.source().begin;
        out.errors.push_back(name + ":" + std::to_string(b.line) + ":" + std::to_string(b.column) +
                             ": " + std::string(e.description()));
        return out;
    }
    {
        Reader r(root, "", out);
        r.string("title", out.story.title);
        r.string("subtitle", out.story.subtitle);
        std::string size;
        r.string("text", size);
        if (!size.empty()) {
            if (auto parsed = parseTextSize(size))
                out.story.text = *parsed;
            else
                r.error("text", "'" + size + "' is not one of default, projector");
        }
        if (const toml::node* n = r.node("steps")) {
            const toml::array* steps = n->as_array();
            if (!steps) r.error("steps", "must be an array of tables ([[steps]])");
            if (steps && steps->size() > kMaxStorySteps)
                r.warning("steps", std::to_string(steps->size()) + " steps; only the first " +
                                       std::to_string(kMaxStorySteps) + " are read");
            for (size_t i = 0; steps && i < steps->size() && i < kMaxStorySteps; ++i) {
                const std::string where = "steps[" + std::to_string(i + 1) + "]";
                const toml::table* t = (*steps)[i].as_table();
                if (!t) {
                    out.errors.push_back(where + ": must be a table");
                    continue;
                }
                StoryStep step;
                readStep(*t, where, step, out);
                out.story.steps.push_back(std::move(step));
            }
        }
    }
    capMessages(out.errors, "errors");
    capMessages(out.warnings, "warnings");
    for (auto& e : out.errors) e = name + ": " + e;
    for (auto& w : out.warnings) w = name + ": " + w;
    return out;
}

StoryResult loadStory(const std::string& path) {
    std::string text, error;
    if (!readTomlFile(path, "cannot read the story file", &text, &error)) {
        StoryResult out;
        out.errors.push_back(error);
        return out;
    }
    return parseStory(text, path);
}

}  // namespace scene
