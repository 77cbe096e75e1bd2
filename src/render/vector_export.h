// The map as PDF or SVG through Cairo: the same composition as the GL path (the base map's
// projected layers, the corridor, the flows, the destination discs, the placed labels and the
// recorded legend and furniture), drawn as paths and real text at the frame's size in points
// (widthPx / pixelsPerPoint). Each manifest layer and timeline part is one named group.
// Raster-only effects are left out or drawn as simple vector equivalents (see README).
// Nothing below render includes Cairo.
#pragma once

#include "data/dataset.h"
#include "render/overlay_record.h"
#include "render/sdf_font.h"
#include "scene/frame_spec.h"
#include "scene/label_placement.h"
#include "scene/manifest.h"
#include "scene/map_data.h"
#include "scene/timeline_geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace render {

enum class VectorFormat { Pdf, Svg };

// "pdf", "svg" (any case) -> format; nullopt otherwise.
std::optional<VectorFormat> parseVectorFormat(const std::string& name);

// What one frame shows, from the session and the MapRenderer that would draw it. Pointers are
// borrowed for the export's duration; null parts are not drawn.
struct VectorScene {
    const scene::MapData* map = nullptr;
    std::vector<scene::Theme> themes;  // the manifest's (sea colours, vignette)
    const scene::TimelineGeometry* timeline = nullptr;
    // With the dataset the frame's TimelineView (filters, time mode, highlights) applies.
    const data::Dataset* dataset = nullptr;
    std::vector<data::Sector> sectorOfArc;  // arc colours per theme (else as built)
    const scene::LabelSet* labels = nullptr;
    scene::LabelPlacement placement;  // MapRenderer::placeLabels for the spec
    SdfFontFiles labelFonts;          // the files the labels were measured with
    OverlayRecord overlays;           // MapRenderer::recordOverlays for the spec
};

struct VectorStats {
    int groups = 0;             // named layer groups written
    size_t pathVertices = 0;    // vertices written into base-map paths after simplification
    size_t sourceVertices = 0;  // the same paths' vertices before
    size_t bytes = 0;           // file size
};

// The page size in points of a frame: widthPx / pixelsPerPoint by heightPx / pixelsPerPoint.
glm::dvec2 pageSizePt(const scene::FrameSpec& spec);

// Draws the frame into a PDF or SVG held in memory. False with *error on a Cairo failure.
bool renderVector(const VectorScene& scene, const scene::FrameSpec& spec, VectorFormat format,
                  std::string* out, std::string* error, VectorStats* stats = nullptr);

// renderVector into `path`, written beside it under a temporary name and renamed when whole
// (checkOutputPath's rule: never replaces a folder, device or link). False with *error naming
// the file on failure; no file is left then.
bool exportVector(const VectorScene& scene, const scene::FrameSpec& spec, VectorFormat format,
                  const std::string& path, std::string* error, VectorStats* stats = nullptr);

}  // namespace render
