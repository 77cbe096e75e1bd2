// A whole story as one video (`render --scene FILE --all-steps --video story.mp4`): for each
// step, the camera flight from the step before (as the window flies between steps), the step's
// year run when it has from_year (at the window's speed), then a hold at rest. Every frame is a
// pure function of (step, time in the step), drawn from the step's own export frame.
#pragma once

#include "app/cli.h"
#include "app/interrupt.h"
#include "app/map_session.h"
#include "render/export_tiles.h"
#include "scene/frame_builder.h"
#include "scene/frame_spec.h"

#include <functional>
#include <optional>
#include <vector>

namespace app {

// How long each part of a step lasts in the video, in seconds.
struct StoryStepTiming {
    double flightSec = 0.0;  // the camera flight from the step before (none for the first)
    double runSec = 0.0;     // the year run from from_year to year (none without from_year)
    double holdSec = 0.0;    // at rest
    double totalSec() const { return flightSec + runSec + holdSec; }
};

// The window's rules: a flight of kFlightSec, a run of |year - fromYear| / kStepYearsPerSec.
StoryStepTiming storyStepTiming(int stepIndex, std::optional<double> fromYear, double year,
                                double holdSec);

// A step's frames: its total time at `fps`, rounded (a step that lasts no time has none).
int storyStepFrames(const StoryStepTiming& timing, double fps);

// Where frame `frame` of the whole video falls: the step, the part of it, and how far through
// that part (0..1; 1 while holding). Frames past the end are the last step's hold.
struct StoryMoment {
    enum class Part { Flight, Run, Hold };
    int step = 0;
    Part part = Part::Hold;
    double t = 1.0;
};
StoryMoment storyMomentAt(const std::vector<StoryStepTiming>& steps, double fps, int frame);

// The year while a step's year runs, `t` of the way (0..1): eased at the end, as the window's
// story playback (it starts at once and settles on the step's year).
double storyRunYear(double fromYear, double year, double t);

// One step as the video needs it: its export frame at rest (`render --scene FILE --step N`),
// the place tags in it that stay while the step moves, its choice of event cards, its years.
struct StoryVideoStep {
    scene::FrameSpec rest;
    std::vector<scene::FrameSpec::Callout> placeTags;
    std::vector<char> eventMask;  // empty: every event's card may show
    std::optional<double> fromYear;
};

// Frame `frame` of the video: the step's rest frame with, while flying, the camera between the
// two steps' (scene::flyTo, the window's easing) at the step's start year, and while the year
// runs, that year; the event cards of the moment (whole at rest, fading while the year runs).
// animPhase is frame / fps. Pure.
scene::FrameSpec storyVideoFrame(const std::vector<StoryVideoStep>& steps,
                                 const std::vector<StoryStepTiming>& timings, double fps, int frame,
                                 const scene::FrameBuilder& frames, bool furniture);

// Draws every frame and pipes it to ffmpeg (options.video), or with --dry-run draws them and
// writes nothing: the sequence writer's rules (temporary file, Ctrl-C, exit codes). Returns an
// exit code; prints errors.
int exportStoryVideo(render::TiledExporter& exporter, const std::vector<StoryVideoStep>& steps,
                     const Options& options, const MapSession& session,
                     const std::function<void(int frame)>& afterFrame,
                     const InterruptWatch* interrupt);

}  // namespace app
