// Event cards: which events a step shows (its own [steps.callouts], else those of the layers it
// shows), cards that fade out fully and are left out once nearly invisible (they would keep labels
// off the map), whole cards at rest, and the window's cards held for wall time whatever the
// playback speed (app/callout_clock.h).
#include "app/callout_clock.h"
#include "scene/story.h"
#include "scene/story_frame.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

data::Place place(const std::string& id, double lon, double lat) {
    data::Place p;
    p.id = id;
    p.name = id;
    p.country = "KAZ";
    p.lon = lon;
    p.lat = lat;
    return p;
}

data::Event event(int y, int m, int d, const std::string& at, data::EventKind kind,
                  const std::string& title) {
    data::Event e;
    e.date = {y, m, d};
    e.placeId = at;
    e.kind = kind;
    e.title = title;
    return e;
}

// A corridor segment Dostyk - Aktau via Moiynty; events on it, in Astana and in Beijing.
data::Dataset smallData() {
    data::DatasetTables t;
    t.places = {place("dostyk", 82.5, 45.2), place("moiynty", 73.4, 46.8),
                place("aktau", 51.2, 43.6), place("astana", 71.4, 51.1),
                place("beijing", 116.4, 39.9)};
    data::CorridorSegment s;
    s.id = "dostyk_aktau";
    s.fromId = "dostyk";
    s.toId = "aktau";
    s.viaIds = {"moiynty"};
    t.segments = {s};
    t.events = {event(2025, 9, 30, "dostyk", data::EventKind::Opening, "second track"),
                event(2025, 9, 0, "beijing", data::EventKind::Agreement, "business council"),
                event(2025, 6, 17, "astana", data::EventKind::Summit, "summit"),
                event(2013, 9, 7, "astana", data::EventKind::Milestone, "speech"),
                event(2020, 0, 0, "moiynty", data::EventKind::Milestone, "via milestone"),
                event(2021, 1, 1, "", data::EventKind::Opening, "no place")};
    return data::Dataset(std::move(t), 0);
}

size_t indexOf(const data::Dataset& d, const std::string& title) {
    for (size_t i = 0; i < d.events().size(); ++i)
        if (d.events()[i].title == title) return i;
    ADD_FAILURE() << "no event " << title;
    return 0;
}

std::vector<glm::dvec2> positions(const data::Dataset& d) {
    std::vector<glm::dvec2> out;
    for (const auto& p : d.places()) out.emplace_back(p.lon * 1e5, p.lat * 1e5);
    return out;
}

bool hasCard(const std::vector<scene::FrameSpec::Callout>& cards, const std::string& title) {
    return std::any_of(cards.begin(), cards.end(), [&](const auto& c) { return c.title == title; });
}

TEST(EventCards, LayerOfAnEvent) {
    const data::Dataset d = smallData();
    auto layer = [&](const char* title) {
        return scene::eventLayer(d, d.events()[indexOf(d, title)]);
    };
    EXPECT_EQ(layer("second track"), scene::EventLayer::Corridor);   // opening at a segment end
    EXPECT_EQ(layer("via milestone"), scene::EventLayer::Corridor);  // milestone at a via place
    EXPECT_EQ(layer("business council"), scene::EventLayer::Flows);  // agreements: investment
    EXPECT_EQ(layer("speech"), scene::EventLayer::Flows);            // not at a corridor node
    EXPECT_EQ(layer("summit"), scene::EventLayer::Both);
}

TEST(EventCards, StepsShowTheEventsOfTheirLayers) {
    const data::Dataset d = smallData();
    // Corridor off, flows on (the shipped "Oil, gas and power" step): no corridor opening.
    std::vector<char> shown = scene::shownEvents(d, std::nullopt, false, true);
    EXPECT_FALSE(shown[indexOf(d, "second track")]);
    EXPECT_TRUE(shown[indexOf(d, "business council")]);
    EXPECT_TRUE(shown[indexOf(d, "summit")]);
    // Flows off: no investment events.
    shown = scene::shownEvents(d, std::nullopt, true, false);
    EXPECT_TRUE(shown[indexOf(d, "second track")]);
    EXPECT_FALSE(shown[indexOf(d, "business council")]);
    EXPECT_TRUE(shown[indexOf(d, "summit")]);
    // Both off: only... nothing of either, summits neither.
    shown = scene::shownEvents(d, std::nullopt, false, false);
    EXPECT_EQ(std::count(shown.begin(), shown.end(), 1), 0);
}

TEST(EventCards, AStepsOwnChoiceWinsOverTheLayers) {
    const data::Dataset d = smallData();
    scene::StoryCallouts c;
    c.kinds = {data::EventKind::Summit};
    c.events = {"2025-09-30@dostyk", "2013-09-07", "2025-09", "1999-01@astana"};
    std::vector<std::string> problems;
    const std::vector<char> shown = scene::shownEvents(d, c, false, false, "step 4", &problems);
    EXPECT_TRUE(shown[indexOf(d, "second track")]);
    EXPECT_TRUE(shown[indexOf(d, "speech")]);
    EXPECT_TRUE(shown[indexOf(d, "business council")]);  // "2025-09": a month-only date
    EXPECT_TRUE(shown[indexOf(d, "summit")]);
    EXPECT_FALSE(shown[indexOf(d, "via milestone")]);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "step 4: callouts.events: no event on '1999-01@astana'");
    // The wrong place: no match.
    c = {};
    c.events = {"2025-09-30@astana"};
    problems.clear();
    scene::shownEvents(d, c, true, true, "s", &problems);
    EXPECT_EQ(problems.size(), 1u);
    // An empty choice: no cards at all.
    const std::vector<char> none = scene::shownEvents(d, scene::StoryCallouts{}, true, true);
    EXPECT_EQ(std::count(none.begin(), none.end(), 1), 0);
}

TEST(EventCards, ExportCardsFollowTheStepsChoice) {
    const data::Dataset d = smallData();
    const auto where = positions(d);
    const double year = 2025.9;  // a step at rest: the last quarter year's events
    EXPECT_TRUE(
        hasCard(scene::eventCallouts(d, where, year, scene::kRestCalloutYears), "second track"));
    const std::vector<char> shown = scene::shownEvents(d, std::nullopt, false, true);
    const auto cards = scene::eventCallouts(d, where, year, scene::kRestCalloutYears, &shown);
    EXPECT_FALSE(hasCard(cards, "second track"));
    EXPECT_TRUE(hasCard(cards, "business council"));
}

TEST(EventCards, AtRestCardsAreWhole) {
    const data::Dataset d = smallData();
    // 2025-09 is 0.23 years before 2025.9: once drawn at 21% opacity, for good.
    const auto cards = scene::eventCallouts(d, positions(d), 2025.9, scene::kRestCalloutYears);
    ASSERT_TRUE(hasCard(cards, "business council"));
    for (const auto& c : cards) EXPECT_EQ(c.opacity, 1.f) << c.title;
}

TEST(EventCards, PlayingCardsFadeOutFullyAndNearlyInvisibleOnesAreLeftOut) {
    const data::Dataset d = smallData();
    const auto where = positions(d);
    const double when = data::toFractionalYear({2013, 9, 7});
    const double hold = 1.0;
    float last = 2.f;
    bool left = false;
    for (double age = 0.5; age < 1.0; age += 0.01) {
        const auto cards = scene::eventCallouts(d, where, when + age * hold, hold);
        auto it = std::find_if(cards.begin(), cards.end(),
                               [](const auto& c) { return c.title == "speech"; });
        if (it == cards.end()) {
            left = true;
            continue;
        }
        EXPECT_FALSE(left) << "a card came back at age " << age;
        EXPECT_GE(it->opacity, scene::kMinCalloutOpacity) << "age " << age;
        EXPECT_LE(it->opacity, last + 1e-6f);
        last = it->opacity;
    }
    EXPECT_TRUE(left);  // it is gone before its hold ends, not left at a few percent
}

TEST(CalloutClock, CardsStayThreeSecondsOfWallTimeAtAnySpeed) {
    const data::Dataset d = smallData();
    const auto where = positions(d);
    const std::vector<char> all(d.events().size(), 1);
    for (double yearsPerSec : {0.25, 1.0, 4.0}) {
        app::CalloutClock clock;
        double t = 100.0, year = 2013.5;
        clock.update(d, all, year, true, t);
        // Play past the speech (2013.68) at this speed, 60 frames a second, and watch its card.
        double shownAt = -1.0, goneAt = -1.0;
        for (int frame = 0; frame < 60 * 8 && goneAt < 0.0; ++frame) {
            t += 1.0 / 60.0;
            year += yearsPerSec / 60.0;
            clock.update(d, all, year, true, t);
            const bool up = hasCard(clock.callouts(d, where, t), "speech");
            if (up && shownAt < 0.0) shownAt = t;
            if (!up && shownAt >= 0.0) goneAt = t;
        }
        ASSERT_GE(shownAt, 0.0) << yearsPerSec;
        ASSERT_GE(goneAt, 0.0) << yearsPerSec;
        EXPECT_GE(goneAt - shownAt, app::kCalloutWallSec) << yearsPerSec << " years/s";
        EXPECT_LE(goneAt - shownAt, 4.2) << yearsPerSec << " years/s";
    }
}

TEST(CalloutClock, WholeThenFadingThenGone) {
    EXPECT_LT(app::cardOpacity(0.0, 0.05), 0.5f);  // fading in
    EXPECT_EQ(app::cardOpacity(0.0, 1.0), 1.f);
    EXPECT_EQ(app::cardOpacity(0.0, app::kCalloutFadeInSec + app::kCalloutWallSec), 1.f);
    EXPECT_GT(app::cardOpacity(0.0, 3.5), 0.f);
    EXPECT_LT(app::cardOpacity(0.0, 3.5), 1.f);
    EXPECT_EQ(app::cardOpacity(0.0, 4.0), 0.f);
}

TEST(CalloutClock, OnlyMovingForwardPassesEventsAndAStepClearsThem) {
    const data::Dataset d = smallData();
    const auto where = positions(d);
    std::vector<char> shown(d.events().size(), 1);
    app::CalloutClock clock;
    clock.update(d, shown, 2013.0, false, 0.0);
    clock.update(d, shown, 2014.0, false, 0.1);  // moved by hand, not playing: no card
    EXPECT_FALSE(clock.active());
    clock.update(d, shown, 2013.0, true, 0.2);
    clock.update(d, shown, 2014.0, true, 0.3);
    EXPECT_TRUE(hasCard(clock.callouts(d, where, 1.0), "speech"));
    clock.update(d, shown, 2012.0, true, 0.4);  // a loop back: the cards go
    EXPECT_FALSE(clock.active());
    clock.update(d, shown, 2014.0, true, 0.5);
    EXPECT_TRUE(clock.active());
    clock.clear();
    EXPECT_FALSE(clock.active());
    // Events the step does not show get no card; events without a place neither.
    std::fill(shown.begin(), shown.end(), 0);
    clock.update(d, shown, 2013.0, true, 1.0);
    clock.update(d, shown, 2022.0, true, 1.1);
    EXPECT_FALSE(clock.active());
}

TEST(CalloutClock, AtMostThreeAndNoLateCards) {
    const data::Dataset d = smallData();
    const std::vector<char> all(d.events().size(), 1);
    app::CalloutClock clock;
    clock.update(d, all, 2013.0, true, 0.0);
    clock.update(d, all, 2026.0, true, 0.1);  // five events with places passed in one frame
    ASSERT_EQ(clock.cards().size(), 3u);
    // The newest three.
    EXPECT_EQ(clock.cards()[0].event, indexOf(d, "second track"));
    clock.update(d, all, 2026.5, true, 1.0);
    EXPECT_EQ(clock.cards().size(), 3u);  // none dropped early
}

}  // namespace
