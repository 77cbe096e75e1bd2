// A story: the presenter's sequence of steps (assets/scenes/*.toml), each a composed view of the
// map at a moment of the timeline — camera, year or year range, time mode, filters, highlighted
// flows and places, and which layers show. Plain data, its TOML reader and writer. No GL, SDL or
// ImGui here.
#pragma once

#include "data/flow_queries.h"
#include "geo/types.h"
#include "scene/frame_spec.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace scene {

// Where a step looks: a lon/lat centre with a zoom (web-map zoom level, independent of the
// output's pixel density), or a lon/lat box fitted into the frame.
struct StoryCamera {
    std::optional<geo::LonLat> center;
    double zoom = 4.0;
    std::optional<geo::LonLatBox> box;  // used when center is not set
};

struct StoryLayers {
    bool corridor = true;
    bool flows = true;
    bool totals = true;
    bool legend = true;
    bool labels = true;
    std::vector<std::string> show;  // base-map layer ids switched on for this step
    std::vector<std::string> hide;  // base-map layer ids switched off for this step
};

// Which event cards (events.csv) a step shows. Without it, a step shows the events of the layers
// it shows (eventLayer in scene/story_frame.h); with it, exactly the events of these kinds and
// these events, whatever the layers (an empty table: none).
struct StoryCallouts {
    std::vector<data::EventKind> kinds;
    // An event by its date as written in events.csv ("2025-09-30", "2013-09", "2022"), optionally
    // with its place id after an '@' ("2025-06-17@astana") where several share a date.
    std::vector<std::string> events;
};

// Where a step's legend sits and how much it shows.
struct StoryLegend {
    FrameCorner corner = FrameCorner::TopRight;
    bool compact = false;  // the year and the title only
};

struct StoryStep {
    std::string title;
    std::string caption;
    // The same in Russian and Chinese (title_ru, caption_zh ...), shown when the label language
    // is ru or zh; empty = the English text.
    std::string titleRu, titleZh, captionRu, captionZh;
    std::string notes;  // the presenter's speaker notes (the presenter view), never on the map
    std::optional<StoryCamera> camera;  // none: keep the current view
    double year = 2025.0;               // fractional year the step rests at
    std::optional<double> fromYear;     // when set, entering the step plays fromYear -> year
    data::TimeMode mode = data::TimeMode::Cumulative;
    int windowYears = 3;  // Window mode
    data::FlowFilter filter;
    std::vector<std::string> highlightFlows;   // investment ids
    std::vector<std::string> highlightPlaces;  // place ids
    StoryLayers layers;
    std::optional<StoryCallouts> callouts;  // none: the events of the visible layers
    std::optional<StoryLegend> legend;      // none: top right, in full
};

struct Story {
    std::string title;
    std::string subtitle;
    std::optional<TextSize> text;  // text = "projector": large text (none: the viewer's choice)
    std::vector<StoryStep> steps;
};

// Limits of a story file, past which text is cut and the rest ignored, with a warning naming the
// step and key (a 4 MB caption took 3 GB and 25 s to lay out). The file itself is at most
// data::kMaxTomlBytes and kMaxTomlDepth deep (scene/toml_limits.h).
constexpr std::size_t kMaxCaptionChars = 2000;  // UTF-8 characters; a caption card shows ~600
constexpr std::size_t kMaxTitleChars = 200;     // story title, subtitle, step titles
constexpr std::size_t kMaxStorySteps = 500;
constexpr std::size_t kMaxStoryListItems =
    1000;  // highlight_flows, filters.countries, layers.show ...
constexpr std::size_t kMaxStoryMessages = 100;  // errors and warnings each; then "... and N more"

struct StoryResult {
    Story story;
    std::vector<std::string> errors;    // "file: steps[2].mode: 'foo' is not one of ..."; fatal
    std::vector<std::string> warnings;  // unknown keys (ignored)
    bool ok() const { return errors.empty(); }
};

// Parses a story from TOML text; `name` is used in messages. A syntax error is one error with
// its line and column (so is text over the size or nesting limits); a bad value is an error
// naming the step and key.
StoryResult parseStory(const std::string& text, const std::string& name);
// Reads and parses a file; a missing or unreadable file (not a regular file, over
// data::kMaxTomlBytes) is one error naming it.
StoryResult loadStory(const std::string& path);

// The story as TOML that parseStory reads back to an equal story.
std::string storyToToml(const Story& story);

// Writes the story to `path` safely: to a temporary file in the same folder, flushed, then
// renamed over the target, so a failed save never leaves a half-written file. False with *error.
bool saveStory(const Story& story, const std::string& path, std::string* error);

// The step's title and caption in a label language ("ru", "zh"; anything else, or a missing
// translation, gives the English text).
const std::string& stepTitle(const StoryStep& step, const std::string& language);
const std::string& stepCaption(const StoryStep& step, const std::string& language);

// Corner names in story files: "top_right", "top_left", "bottom_right", "bottom_left"; text
// sizes: "default", "projector".
const char* cornerName(FrameCorner corner);
std::optional<FrameCorner> parseCorner(const std::string& name);
const char* textSizeName(TextSize size);
std::optional<TextSize> parseTextSize(const std::string& name);

// Time mode names in story files: "cumulative", "single_year", "window", "all".
const char* timeModeName(data::TimeMode mode);
std::optional<data::TimeMode> parseTimeMode(const std::string& name);

}  // namespace scene
