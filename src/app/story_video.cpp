#include "app/story_video.h"

#include "app/export_frames.h"
#include "app/window_app.h"  // kFlightSec, kStepYearsPerSec: the window's step flight
#include "scene/frame_builder.h"

#include <algorithm>
#include <cmath>

namespace app {

StoryStepTiming storyStepTiming(int stepIndex, std::optional<double> fromYear, double year,
                                double holdSec) {
    StoryStepTiming t;
    t.flightSec = stepIndex > 0 ? kFlightSec : 0.0;
    if (fromYear) t.runSec = std::abs(year - *fromYear) / kStepYearsPerSec;
    t.holdSec = std::max(0.0, holdSec);
    return t;
}

int storyStepFrames(const StoryStepTiming& timing, double fps) {
    return std::max(0, static_cast<int>(std::lround(timing.totalSec() * fps)));
}

StoryMoment storyMomentAt(const std::vector<StoryStepTiming>& steps, double fps, int frame) {
    StoryMoment m;
    int start = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        const int n = storyStepFrames(steps[i], fps);
        m.step = static_cast<int>(i);
        if (frame < start + n) {
            const double sec = (frame - start) / fps;
            const StoryStepTiming& s = steps[i];
            if (sec < s.flightSec) {
                m.part = StoryMoment::Part::Flight;
                m.t = sec / s.flightSec;
            } else if (sec < s.flightSec + s.runSec) {
                m.part = StoryMoment::Part::Run;
                m.t = (sec - s.flightSec) / s.runSec;
            }
            return m;
        }
        start += n;
    }
    return m;  // past the end: the last step at rest
}

double storyRunYear(double fromYear, double year, double t) {
    const double u = std::clamp(t, 0.0, 1.0);
    const double e = 1.0 - (1.0 - u) * (1.0 - u);
    return fromYear + (year - fromYear) * e;
}

scene::FrameSpec storyVideoFrame(const std::vector<StoryVideoStep>& steps,
                                 const std::vector<StoryStepTiming>& timings, double fps, int frame,
                                 const scene::FrameBuilder& frames, bool furniture) {
    const StoryMoment m = storyMomentAt(timings, fps, frame);
    const StoryVideoStep& step = steps[static_cast<size_t>(m.step)];
    scene::FrameSpec spec = step.rest;
    spec.animPhase = frame / fps;
    if (m.part == StoryMoment::Part::Hold) return spec;  // exactly the step's export frame
    const double startYear = step.fromYear.value_or(step.rest.year);
    double cardYears = scene::kRestCalloutYears;
    if (m.part == StoryMoment::Part::Flight) {
        const scene::Camera& from = steps[static_cast<size_t>(m.step - 1)].rest.camera;
        spec.camera =
            scene::flyTo(from, step.rest.camera, m.t, glm::dvec2(spec.widthPx, spec.heightPx));
        spec.year = startYear;
    } else {
        spec.year = storyRunYear(startYear, step.rest.year, m.t);
        // As a played sequence shows them: a few seconds each, at most a year.
        cardYears = std::min(scene::kMaxPlayingCalloutYears, 3.0 * kStepYearsPerSec);
    }
    spec.overlays.callouts.clear();
    if (!furniture) return spec;
    spec.overlays.callouts = frames.movingCallouts(
        spec.year, cardYears, step.eventMask.empty() ? nullptr : &step.eventMask, step.placeTags);
    return spec;
}

int exportStoryVideo(render::TiledExporter& exporter, const std::vector<StoryVideoStep>& steps,
                     const Options& options, const MapSession& session,
                     const std::function<void(int frame)>& afterFrame,
                     const InterruptWatch* interrupt) {
    std::vector<StoryStepTiming> timings;
    int count = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        timings.push_back(storyStepTiming(static_cast<int>(i), steps[i].fromYear,
                                          steps[i].rest.year, options.holdSec));
        count += storyStepFrames(timings.back(), options.fps);
    }
    count = std::max(count, 1);
    // The sequence writer draws `count` frames at options.fps; each frame's spec is replaced by
    // the story's frame of that index (read back from its animation time, i / fps).
    Options seq = options;
    seq.fromYear = seq.toYear = steps.front().rest.year;
    seq.durationSec = count / options.fps;
    seq.outGiven = false;  // the video only, no PNG frames
    const std::vector<glm::dvec2> where = scene::placePositions(session.map, session.dataset);
    const scene::FrameBuilder frames(session.map, session.dataset, where);
    auto prepare = [&](scene::FrameSpec& spec) {
        const int frame = static_cast<int>(std::lround(spec.animPhase * options.fps));
        spec = storyVideoFrame(steps, timings, options.fps, frame, frames, !options.noFurniture);
    };
    std::fprintf(stderr, "story video: %zu steps, %d frames at %g fps (%.1f s)\n", steps.size(),
                 count, options.fps, count / options.fps);
    return exportSequence(exporter, steps.front().rest, seq, afterFrame, prepare, interrupt);
}

}  // namespace app
