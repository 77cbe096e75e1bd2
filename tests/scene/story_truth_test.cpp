// The default story's captions state only what the data holds: every dollar figure is the
// amount of an investment row or stands in an event's text, every tonnage is a yearly volume,
// and a step that quotes a year's tonnage rests in that year (the map's tag shows the same).
#include "data/dataset.h"
#include "scene/story.h"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <string>

namespace {

data::Dataset defaultData() {
    data::LoadResult loaded = data::loadDataset(CORRIDOR_SOURCE_DIR "/assets/data");
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded.dataset);
}

scene::Story defaultStory() {
    const scene::StoryResult r =
        scene::loadStory(CORRIDOR_SOURCE_DIR "/assets/scenes/middle-corridor.toml");
    EXPECT_TRUE(r.ok());
    return r.story;
}

bool isAnAmountInTheData(const data::Dataset& d, const std::string& figure, double usd) {
    for (const data::Flow& f : d.flows()) {
        if (f.amountUsd && std::fabs(*f.amountUsd - usd) <= 0.005 * usd) return true;
    }
    for (const data::Event& e : d.events()) {
        if ((e.title + " " + e.description).find(figure) != std::string::npos) return true;
    }
    return false;
}

TEST(StoryTruth, EveryDollarFigureIsARowOfTheData) {
    const data::Dataset d = defaultData();
    const std::regex money(R"(\$([0-9]+(?:\.[0-9]+)?) (bn|m)\b)");
    int figures = 0;
    for (const scene::StoryStep& step : defaultStory().steps) {
        for (auto it = std::sregex_iterator(step.caption.begin(), step.caption.end(), money);
             it != std::sregex_iterator(); ++it) {
            const double usd = std::stod((*it)[1]) * ((*it)[2] == "bn" ? 1e9 : 1e6);
            EXPECT_TRUE(isAnAmountInTheData(d, it->str(), usd))
                << step.title << ": " << it->str() << " is not in the data";
            ++figures;
        }
    }
    EXPECT_GE(figures, 6);
}

TEST(StoryTruth, EveryTonnageIsAYearlyVolumeAndTheStepRestsInTheLastOneQuoted) {
    const data::Dataset d = defaultData();
    const std::regex tonnes(R"(([0-9]+\.[0-9]+) million(?: tonnes)? in ([0-9]{4}))");
    for (const scene::StoryStep& step : defaultStory().steps) {
        int lastYear = 0;
        for (auto it = std::sregex_iterator(step.caption.begin(), step.caption.end(), tonnes);
             it != std::sregex_iterator(); ++it) {
            const double mt = std::stod((*it)[1]);
            const int year = std::stoi((*it)[2]);
            bool found = false;
            for (const data::CorridorVolume& v : d.volumes()) {
                found |= v.year == year && std::fabs(v.tonnes / 1e6 - mt) < 0.006;
            }
            EXPECT_TRUE(found) << step.title << ": " << it->str();
            lastYear = std::max(lastYear, year);
        }
        if (lastYear > 0) {
            EXPECT_EQ(static_cast<int>(std::floor(step.year)), lastYear) << step.title;
        }
    }
}

TEST(StoryTruth, HighlightedFlowsExistAndAnnouncedOnesAreCalledSo) {
    const data::Dataset d = defaultData();
    for (const scene::StoryStep& step : defaultStory().steps) {
        for (const std::string& id : step.highlightFlows) {
            const data::Flow* flow = nullptr;
            for (const data::Flow& f : d.flows()) {
                if (f.id == id) flow = &f;
            }
            ASSERT_NE(flow, nullptr) << id;
            if (!data::isRealised(flow->status)) {
                // A caption that shows an unspent amount must say it is not money spent.
                const bool says = step.caption.find("not spent") != std::string::npos ||
                                  step.caption.find("not built") != std::string::npos ||
                                  step.caption.find("agreement") != std::string::npos;
                EXPECT_TRUE(says) << step.title << " highlights " << id;
            }
        }
    }
}

}  // namespace
