// The window's camera over time (app/camera_animator.h), without a window: the smooth zoom's
// easing, a story step's flight of camera and year, and when the view counts as settled.
#include "app/camera_animator.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

app::CameraAnimator animator() {
    app::CameraAnimator a;
    a.setBounds({-1e6, -1e6}, {1e6, 1e6});
    a.setViewport({800, 600});
    a.frame(scene::fitCamera({-5e5, -5e5}, {5e5, 5e5}, {800, 600}));
    a.snap();
    return a;
}

TEST(CameraAnimator, EasesTowardTheTargetAndSnapsAtTheEnd) {
    app::CameraAnimator a = animator();
    const double startMpp = a.current().metresPerPx;
    a.zoomAt(2.0, {400, 300});
    EXPECT_FALSE(a.framed());
    EXPECT_NEAR(a.target().metresPerPx, startMpp / 2.0, 1e-6);
    a.update(1.0 / 60.0, 1.0 / 60.0, 0.0, false);
    // One frame moves part of the way, geometrically.
    EXPECT_LT(a.current().metresPerPx, startMpp);
    EXPECT_GT(a.current().metresPerPx, startMpp / 2.0);
    EXPECT_TRUE(a.easing());
    // About 90% of the way in 0.15 s whatever the frame rate, then a snap onto the target.
    for (int i = 0; i < 9; ++i) a.update(1.0 / 60.0, 1.0 / 60.0, 0.0, false);
    const double done = std::log(startMpp / a.current().metresPerPx) / std::log(2.0);
    EXPECT_GT(done, 0.85);
    EXPECT_LT(done, 0.95);
    for (int i = 0; i < 200; ++i) a.update(1.0 / 60.0, 1.0 / 60.0, 0.0, false);
    EXPECT_FALSE(a.easing());
    EXPECT_EQ(a.current().metresPerPx, a.target().metresPerPx);
}

TEST(CameraAnimator, SettledAfterSettleTimeWithoutInput) {
    app::CameraAnimator a = animator();
    a.update(0.016, 0.016, 10.0, true);  // the target as first seen
    a.pan({100, 0});
    a.update(0.016, 0.016, 20.0, true);  // the target moved at t = 20
    EXPECT_TRUE(a.settling(20.0 + app::kSettleSec / 2, false));
    EXPECT_TRUE(a.easing());  // still on its way
    // Software GL: once still for kSettleSec the ease ends at once, and it is settled.
    a.update(0.016, 0.016, 20.0 + app::kSettleSec + 1e-3, true);
    EXPECT_FALSE(a.easing());
    EXPECT_FALSE(a.settling(20.0 + app::kSettleSec + 1e-3, false));
    EXPECT_TRUE(a.settling(20.0 + app::kSettleSec + 1e-3, true));  // a drag holds it
    // Without the snap (a GPU) the ease runs its course.
    a.pan({100, 0});
    a.update(0.016, 0.016, 30.0, false);
    a.update(0.016, 0.016, 31.0, false);
    EXPECT_TRUE(a.easing());
}

TEST(CameraAnimator, FlightEndsAtTheStepsCameraAndYear) {
    app::CameraAnimator a = animator();
    const scene::Camera to = scene::fitCamera({1e5, 1e5}, {2e5, 2e5}, {800, 600});
    // Ten years at kStepYearsPerSec take longer than the camera's flight.
    const double year = a.enterStep(to, 2010.0, 2020.0, true);
    EXPECT_DOUBLE_EQ(year, 2010.0);
    EXPECT_TRUE(a.flying());
    EXPECT_TRUE(a.framed());
    double last = year;
    double t = 0.0;
    int frames = 0;
    while (a.flying() && frames < 1000) {
        t += 0.1;
        const auto y = a.update(0.1, 0.1, t, false);
        ASSERT_TRUE(y.has_value());
        EXPECT_GE(*y, last);  // the year only runs forward
        last = *y;
        ++frames;
    }
    EXPECT_FALSE(a.flying());
    EXPECT_DOUBLE_EQ(last, 2020.0);
    EXPECT_NEAR(t, 10.0 / app::kStepYearsPerSec, 0.11);
    EXPECT_EQ(a.current().centerWorld, to.centerWorld);
    EXPECT_EQ(a.target().metresPerPx, to.metresPerPx);
    EXPECT_FALSE(a.update(0.1, 0.1, t + 0.1, false).has_value());  // no flight, no year
}

TEST(CameraAnimator, StepWithoutFlightJumps) {
    app::CameraAnimator a = animator();
    const scene::Camera to = scene::fitCamera({1e5, 1e5}, {2e5, 2e5}, {800, 600});
    EXPECT_DOUBLE_EQ(a.enterStep(to, 2010.0, 2020.0, false), 2020.0);
    EXPECT_FALSE(a.flying());
    EXPECT_EQ(a.current().centerWorld, to.centerWorld);
    // A step without a camera keeps the view.
    const scene::Camera before = a.current();
    a.enterStep(std::nullopt, 2020.0, 2021.0, true);
    for (int i = 0; i < 20; ++i) a.update(0.1, 0.1, i * 0.1, false);
    EXPECT_EQ(a.current().centerWorld, before.centerWorld);
}

TEST(CameraAnimator, DragMovesAtOnceAndStaysOnTheMap) {
    app::CameraAnimator a = animator();
    const glm::dvec2 before = a.current().centerWorld;
    a.drag({100, 0});
    EXPECT_FALSE(a.easing());
    EXPECT_LT(a.current().centerWorld.x, before.x);  // dragging right shows what is left
    for (int i = 0; i < 100; ++i) a.drag({1000, 0});
    EXPECT_GE(a.current().centerWorld.x, -1e6);  // clamped to the bounds
    EXPECT_GE(a.target().centerWorld.x, -1e6);
}

TEST(CameraAnimator, ShiftMovesFlightOnlyWhenAsked) {
    app::CameraAnimator a = animator();
    a.enterStep(scene::fitCamera({1e5, 1e5}, {2e5, 2e5}, {800, 600}), 2020, 2021, true);
    const double toX = a.flight().to.centerWorld.x;
    const double currentX = a.current().centerWorld.x;
    a.shiftX(10.0, false);
    EXPECT_DOUBLE_EQ(a.flight().to.centerWorld.x, toX);
    EXPECT_DOUBLE_EQ(a.current().centerWorld.x, currentX - 10.0 * a.current().metresPerPx);
    a.shiftX(10.0, true);
    EXPECT_DOUBLE_EQ(a.flight().to.centerWorld.x, toX - 10.0 * a.flight().to.metresPerPx);
    a.stopFlight();
    EXPECT_FALSE(a.flying());
}

}  // namespace
