// The default story's captions state only what the data holds: every dollar figure is the
// amount of an investment row or stands in an event's text, every tonnage is a yearly volume,
// and a step that quotes a year's tonnage rests in that year (the map's tag shows the same).
#include "data/dataset.h"
#include "scene/story.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <string>
#include <vector>

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

// A number at `text[i]` ("4.18"), its length in *length; 0 length when there is none. Hand-made
// rather than std::regex, which GCC 12 warns about inside libstdc++ under the sanitizer build.
double numberAt(const std::string& text, size_t i, size_t* length) {
    size_t j = i;
    while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) ||
                               (text[j] == '.' && j > i && j + 1 < text.size() &&
                                std::isdigit(static_cast<unsigned char>(text[j + 1])))))
        ++j;
    *length = j - i;
    return j > i ? std::stod(text.substr(i, j - i)) : 0.0;
}

struct Figure {
    std::string text;  // as written, e.g. "$4.18 bn"
    double value = 0.0;
};

// "$4.18 bn", "$800 m": every dollar figure in a caption, in USD.
std::vector<Figure> dollarFigures(const std::string& caption) {
    std::vector<Figure> out;
    for (size_t i = caption.find('$'); i != std::string::npos; i = caption.find('$', i + 1)) {
        size_t n = 0;
        const double v = numberAt(caption, i + 1, &n);
        if (n == 0) continue;
        const size_t unit = i + 1 + n;
        for (const auto& [word, scale] :
             {std::pair<const char*, double>{" bn", 1e9}, {" m", 1e6}}) {
            const std::string w = word;
            if (caption.compare(unit, w.size(), w) == 0 &&
                (unit + w.size() == caption.size() ||
                 !std::isalpha(static_cast<unsigned char>(caption[unit + w.size()])))) {
                out.push_back({caption.substr(i, n + 1 + w.size()), v * scale});
            }
        }
    }
    return out;
}

struct Tonnage {
    double mt = 0.0;
    int year = 0;
    std::string text;
};

// "4.48 million tonnes in 2024", "1.49 million in 2022": every yearly tonnage in a caption.
std::vector<Tonnage> tonnages(const std::string& caption) {
    std::vector<Tonnage> out;
    const std::string million = " million";
    for (size_t at = caption.find(million); at != std::string::npos;
         at = caption.find(million, at + 1)) {
        size_t start = at;
        while (start > 0 && (std::isdigit(static_cast<unsigned char>(caption[start - 1])) ||
                             caption[start - 1] == '.'))
            --start;
        size_t n = 0;
        const double mt = numberAt(caption, start, &n);
        if (n == 0 || caption.substr(start, n).find('.') == std::string::npos) continue;
        size_t k = at + million.size();
        if (caption.compare(k, 7, " tonnes") == 0) k += 7;
        if (caption.compare(k, 4, " in ") != 0) continue;
        size_t yn = 0;
        const double year = numberAt(caption, k + 4, &yn);
        if (yn != 4) continue;
        out.push_back({mt, static_cast<int>(year), caption.substr(start, k + 8 - start)});
    }
    return out;
}

TEST(StoryTruth, EveryDollarFigureIsARowOfTheData) {
    const data::Dataset d = defaultData();
    int figures = 0;
    for (const scene::StoryStep& step : defaultStory().steps) {
        for (const Figure& f : dollarFigures(step.caption)) {
            EXPECT_TRUE(isAnAmountInTheData(d, f.text, f.value))
                << step.title << ": " << f.text << " is not in the data";
            ++figures;
        }
    }
    EXPECT_GE(figures, 6);
}

TEST(StoryTruth, TheCaptionScannersFindWhatIsWritten) {
    const auto f =
        dollarFigures("paid $4.18 bn, a $3 bn loan, $800 m and $24 bn. No $ here, $5 bnx");
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(f[0].text, "$4.18 bn");
    EXPECT_DOUBLE_EQ(f[0].value, 4.18e9);
    EXPECT_DOUBLE_EQ(f[2].value, 800e6);
    const auto t =
        tonnages("from 0.76 million tonnes in 2019 to 1.49 million in 2022, 5 million in");
    ASSERT_EQ(t.size(), 2u);
    EXPECT_DOUBLE_EQ(t[1].mt, 1.49);
    EXPECT_EQ(t[1].year, 2022);
}

TEST(StoryTruth, EveryTonnageIsAYearlyVolumeAndTheStepRestsInTheLastOneQuoted) {
    const data::Dataset d = defaultData();
    for (const scene::StoryStep& step : defaultStory().steps) {
        int lastYear = 0;
        for (const Tonnage& t : tonnages(step.caption)) {
            bool found = false;
            for (const data::CorridorVolume& v : d.volumes()) {
                found |= v.year == t.year && std::fabs(v.tonnes / 1e6 - t.mt) < 0.006;
            }
            EXPECT_TRUE(found) << step.title << ": " << t.text;
            lastYear = std::max(lastYear, t.year);
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
