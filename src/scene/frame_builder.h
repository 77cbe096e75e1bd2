// Where every frame's FrameSpec comes from: `render` and `bench` (from the command line's
// options), the window (from its panel), the export dialog, story steps and the story video
// all build theirs here, so the rules they share are written once: the pixel density for an
// output size (the DPI rule), the text size, a story step on a frame (caption, legend, layers,
// filters, camera framed around the furniture), event cards and place tags, and the export
// choices. Pure functions of their inputs. No GL, SDL or ImGui here.
#pragma once

#include "data/dataset.h"
#include "geo/types.h"
#include "scene/frame_spec.h"
#include "scene/map_data.h"
#include "scene/story.h"
#include "scene/story_frame.h"

#include <glm/vec2.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace scene {

// Device pixels per point of an output `widthPx` x `heightPx`: `dpi` / 72 when given (> 0), else
// the density that keeps a 1920x1080 screen's composition (pixelsPerPointForSize).
double outputPixelsPerPoint(int widthPx, int heightPx, double dpi);

// The text size a frame uses: the one chosen (--text, the window's panel), else the story's
// (`story` may be null), else the default.
TextSize chosenTextSize(const std::optional<TextSize>& chosen, const Story* story);

// What the command line asks of a frame (render, bench), copied from its options.
struct OutputRequest {
    int widthPx = 1920, heightPx = 1080;
    double dpi = 0.0;  // 0: by size
    std::string theme = "dark";
    double year = 2025.0;
    double animPhase = 0.0;  // seconds
    bool transparent = false;
    // The legend, scale bar, attribution, edge indicators and inset (--no-furniture: none).
    bool furniture = true;
    bool inset = false;
    FrameSpec::Labels labels;
    std::optional<TextSize> textSize;  // none: the default (a story step may choose)
};

// The export dialog's furniture choices (also applied to each story step it exports).
struct ExportChoices {
    bool transparent = false;
    bool titleAndCaption = true;  // the legend's title lines and the story caption
    bool legend = true;
    bool scaleBar = true;
    bool attribution = true;
    bool inset = false;
};

// The export dialog's output: a size (0 x 0: the map area the window shows beside its panel),
// a dpi (0: by size) and the furniture.
struct ExportRequest {
    int widthPx = 0, heightPx = 0;
    double dpi = 0.0;
    ExportChoices choices;
    std::optional<TextSize> textSize;  // the text size, laid out again for the output's height
};

// A story step on a frame.
struct StepRequest {
    int step = 0;              // 0-based
    double leftCoverPx = 0.0;  // frame pixels at the left edge the window's panel covers
    // Caption, event cards, and the step's box framed clear of the furniture; false
    // (--no-furniture, the presenter's thumbnail): none of them.
    bool furniture = true;
    bool restCards = true;  // the cards of the step's last quarter year (a sequence adds its own)
    std::optional<TextSize> textSize;            // none: the story's text, else the default
    std::optional<ExportChoices> exportChoices;  // applied before the step is framed
};

// A story step's frame at rest, with what a sequence or video of it needs.
struct StepFrame {
    FrameSpec spec;
    StepTarget target;            // as resolved (camera: as framed), with its problems
    std::vector<char> eventMask;  // per event: 1 where the step may show its card
    std::vector<FrameSpec::Callout> placeTags;  // also in spec.overlays.callouts
};

// The furniture the renderer lays out on a frame, in frame pixels
// (render::MapRenderer::furnitureCoverPx): a step's box is framed clear of it.
using FurnitureCover = std::function<std::vector<ScreenRect>(const FrameSpec&)>;

class FrameBuilder {
public:
    // The map, the data and each place's map-plane position (placePositions) must outlive the
    // builder.
    FrameBuilder(const MapData& map, const data::Dataset& dataset,
                 const std::vector<glm::dvec2>& placeWorld)
        : m_map(map), m_dataset(dataset), m_placeWorld(placeWorld) {}

    // The command line's frame of lon/lat `view`, before any story step.
    FrameSpec output(const OutputRequest& request, const geo::LonLatBox& view) const;

    // Step `request.step` of `story` on `base` (its size, density, theme, labels and furniture
    // switches), as `render --scene FILE --step N` draws it: the step's camera, year, view,
    // layers, title and caption in the labels' language, text size, the box framed clear of
    // `furniture` (when given), the event cards at rest and, where the labels are off, name
    // tags on the highlighted places.
    StepFrame step(FrameSpec base, const Story& story, const StepRequest& request,
                   const FurnitureCover& furniture) const;

    // The cards of the events of the last quarter year before `year` (those `shown` marks),
    // whole: a frame at rest.
    std::vector<FrameSpec::Callout> restCallouts(double year, const std::vector<char>* shown) const;
    // While the year moves (sequences, the story video): the cards of the last `holdYears`,
    // fading, then `fixed` (a step's place tags).
    std::vector<FrameSpec::Callout> movingCallouts(
        double year, double holdYears, const std::vector<char>* shown,
        const std::vector<FrameSpec::Callout>& fixed) const;
    // Name tags on highlighted places (indices into the data's places), only where the map
    // labels are off: with labels on, the places are named already.
    std::vector<FrameSpec::Callout> highlightTags(const std::vector<size_t>& places,
                                                  bool labelsOn) const;

    // The export dialog's frame from the one the window shows (`shown`, whose
    // overlays.leftInsetPx is the panel): the map beside the panel fitted into the output, at
    // the output's density, without hover, panel or tiling, with the dialog's furniture.
    static FrameSpec exportFrame(const FrameSpec& shown, const ExportRequest& request);
    // The dialog's furniture choices on a frame.
    static void applyExportChoices(const ExportChoices& choices, FrameSpec& spec);

private:
    const MapData& m_map;
    const data::Dataset& m_dataset;
    const std::vector<glm::dvec2>& m_placeWorld;
};

}  // namespace scene
