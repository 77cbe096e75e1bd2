#include "data/dataset.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace data {
namespace {

using test::fixturePath;

TEST(Dataset, LoadsTheValidFixtureFolderWithoutMessages) {
    const LoadResult result = loadDataset(fixturePath("valid"));
    for (const Message& m : result.messages) ADD_FAILURE() << formatMessage(m);
    EXPECT_TRUE(result.ok());
    const Dataset& d = result.dataset;
    EXPECT_EQ(d.places().size(), 6u);
    EXPECT_EQ(d.flows().size(), 6u);
    EXPECT_EQ(d.segments().size(), 4u);
    EXPECT_EQ(d.volumes().size(), 4u);
    EXPECT_EQ(d.trade().size(), 4u);
    EXPECT_EQ(d.events().size(), 4u);
    ASSERT_NE(d.findPlace("aktau"), nullptr);
    EXPECT_EQ(d.findPlace("aktau")->country, "KAZ");
    EXPECT_EQ(d.findPlace("nowhere"), nullptr);
    EXPECT_EQ(d.destinationCountry(d.flows()[4]), "AZE");
}

TEST(Dataset, ParsesTypedValues) {
    const Dataset d = loadDataset(fixturePath("valid")).dataset;
    const Flow& rail = d.flows()[0];
    EXPECT_EQ(rail.id, "f_rail");
    EXPECT_EQ(rail.sector, Sector::TransportLogistics);
    EXPECT_EQ(rail.amountUsd, 1e8);
    EXPECT_EQ(rail.amountKind, AmountKind::Loan);
    EXPECT_EQ(rail.yearStart, 2013);
    EXPECT_EQ(rail.yearEnd, 2018);
    EXPECT_EQ(rail.chineseRole, ChineseRole::Lender);
    EXPECT_EQ(rail.confidence, Confidence::High);
    EXPECT_EQ(rail.sourceUrl, "https://example.org/1");
    EXPECT_EQ(rail.line, 2);
    const Flow& mine = d.flows()[3];
    EXPECT_FALSE(mine.amountUsd.has_value());
    EXPECT_FALSE(mine.amountKind.has_value());
    EXPECT_FALSE(mine.yearEnd.has_value());
    const CorridorSegment& planned = d.segments()[2];
    EXPECT_EQ(planned.viaIds, (std::vector<std::string>{"almaty"}));
    EXPECT_EQ(planned.status, SegmentStatus::Planned);
    EXPECT_FALSE(planned.lengthKm.has_value());
    ASSERT_TRUE(planned.start.has_value());
    EXPECT_NEAR(*planned.start, 2023.0 + 11.0 / 12.0 + 20.0 / 365.0, 0.01);  // 21 Dec 2023
    const CorridorSegment& sea = d.segments()[1];
    EXPECT_TRUE(sea.carriesVolume);
    EXPECT_EQ(sea.yearClosed, 2018);
    EXPECT_FALSE(d.segments()[0].carriesVolume);
    EXPECT_EQ(d.events()[1].description, "A speech, with \"quotes\"");
}

TEST(Dataset, SortsVolumesByYearAndEventsByDate) {
    const Dataset d = loadDataset(fixturePath("valid")).dataset;
    std::vector<int> years;
    for (const CorridorVolume& v : d.volumes()) years.push_back(v.year);
    EXPECT_EQ(years, (std::vector<int>{2019, 2020, 2021, 2023}));
    std::vector<std::string> titles;
    for (const Event& e : d.events()) titles.push_back(e.title);
    EXPECT_EQ(titles, (std::vector<std::string>{"Year only", "Speech", "Late 2017", "Month only"}));
}

TEST(Dataset, MessagesNameTheFileInsideTheFolder) {
    const LoadResult result = loadDataset(fixturePath("broken"));
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.dataset.flows().size(), 6u);  // the bad row is skipped, the rest loads
    std::vector<std::string> errors;
    for (const Message& m : result.messages) {
        if (m.severity == Severity::Error) errors.push_back(formatMessage(m));
    }
    EXPECT_EQ(errors, (std::vector<std::string>{fixturePath("broken") +
                                                "/investments.csv:8: destination: unknown place "
                                                "id 'atlantis'"}));
    // The four optional files are absent: one warning each.
    EXPECT_EQ(countWarnings(result.messages), 4);
}

TEST(Dataset, MissingFolderAndMissingRequiredFilesAreErrors) {
    const LoadResult none = loadDataset(fixturePath("no_such_folder"));
    EXPECT_FALSE(none.ok());
    ASSERT_EQ(none.messages.size(), 1u);
    EXPECT_EQ(none.messages[0].text, "data folder not found or not a folder");

    const LoadResult empty = loadDatasetFromTexts(DatasetTexts{}, "d/");
    EXPECT_EQ(countErrors(empty.messages), 2);
    EXPECT_EQ(formatMessage(empty.messages[0]), "d/places.csv: file not found; no places loaded");
}

TEST(Dataset, ContentHashIsStableAndSeesEveryByte) {
    const DatasetTexts texts = readDatasetTexts(fixturePath("valid"));
    const std::uint64_t hash = hashDatasetTexts(texts);
    EXPECT_EQ(hash, hashDataFolder(fixturePath("valid")));
    EXPECT_EQ(hash, loadDataset(fixturePath("valid")).dataset.contentHash());

    DatasetTexts changed = texts;
    changed.trade->back() = ' ';  // one byte
    EXPECT_NE(hashDatasetTexts(changed), hash);

    DatasetTexts moved = texts;  // the same bytes in another file must not collide
    std::swap(moved.trade, moved.events);
    EXPECT_NE(hashDatasetTexts(moved), hash);

    DatasetTexts dropped = texts;
    dropped.events.reset();
    EXPECT_NE(hashDatasetTexts(dropped), hash);
    DatasetTexts emptied = texts;
    emptied.events = std::string();
    EXPECT_NE(hashDatasetTexts(emptied), hashDatasetTexts(dropped));
}

TEST(Dataset, RebuildFromAFolderAfterAnEdit) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "corridor_dataset_reload_test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const char* name : {kPlacesFile, kInvestmentsFile}) {
        fs::copy_file(fixturePath("valid") + "/" + name, dir / name);
    }
    const LoadResult first = loadDataset(dir.string());
    EXPECT_EQ(hashDataFolder(dir.string()), first.dataset.contentHash());
    {
        std::ofstream out(dir / kInvestmentsFile, std::ios::app);
        out << "f_new,New,other_economic,finance,beijing,almaty,1,loan,2020,,announced,lender,L,t,,"
               "\n";
    }
    const std::uint64_t now = hashDataFolder(dir.string());
    EXPECT_NE(now, first.dataset.contentHash());
    const LoadResult second = loadDataset(dir.string());
    EXPECT_EQ(second.dataset.contentHash(), now);
    EXPECT_EQ(second.dataset.flows().size(), first.dataset.flows().size() + 1);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace data
