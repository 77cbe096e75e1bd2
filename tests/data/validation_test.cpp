// One fixture per validation error: the bad row is skipped with a precise message, the rest loads.
#include <gtest/gtest.h>

#include "data/parsers.h"
#include "test_util.h"

namespace data {
namespace {

using test::readFixture;

enum class File { Places, Investments, Segments, Volumes, Trade, Events };

struct Case {
    const char* fixture;  // errors/<fixture>.csv
    File file;
    std::size_t rowsLoaded;
    const char* message;  // the first message, formatted
    Severity severity = Severity::Error;
};

std::vector<Place> fixturePlaces() {
    std::vector<Message> messages;
    std::vector<Place> places =
        parsePlaces(readFixture("valid/places.csv"), "places.csv", messages);
    EXPECT_TRUE(messages.empty());
    return places;
}

std::size_t parse(const Case& c, std::vector<Message>& messages) {
    const std::string name = std::string(c.fixture) + ".csv";
    const std::string text = readFixture("errors/" + name);
    const std::vector<Place> places = fixturePlaces();
    switch (c.file) {
        case File::Places:
            return parsePlaces(text, name, messages).size();
        case File::Investments:
            return parseFlows(text, name, places, messages).size();
        case File::Segments:
            return parseSegments(text, name, places, messages).size();
        case File::Volumes:
            return parseVolumes(text, name, messages).size();
        case File::Trade:
            return parseTrade(text, name, messages).size();
        case File::Events:
            return parseEvents(text, name, places, messages).size();
    }
    return 0;
}

class Validation : public ::testing::TestWithParam<Case> {};

TEST_P(Validation, ReportsTheProblemAndSkipsOnlyTheBadRow) {
    const Case& c = GetParam();
    std::vector<Message> messages;
    const std::size_t rows = parse(c, messages);
    EXPECT_EQ(rows, c.rowsLoaded);
    ASSERT_FALSE(messages.empty());
    EXPECT_EQ(formatMessage(messages.front()), c.message);
    EXPECT_EQ(messages.front().severity, c.severity);
}

const Case kCases[] = {
    {"inv_unknown_place", File::Investments, 1,
     "inv_unknown_place.csv:3: destination: unknown place id 'nowhere'"},
    {"inv_unknown_origin", File::Investments, 1,
     "inv_unknown_origin.csv:3: origin: unknown place id 'pyongyang'"},
    {"inv_year_low", File::Investments, 1,
     "inv_year_low.csv:3: year_start: 1985 is outside 1990-2035"},
    {"inv_year_high", File::Investments, 1,
     "inv_year_high.csv:3: year_end: 2036 is outside 1990-2035"},
    {"inv_year_text", File::Investments, 1,
     "inv_year_text.csv:3: year_start: '20l3' is not a year"},
    {"inv_year_end_before_start", File::Investments, 1,
     "inv_year_end_before_start.csv:3: year_end: 2012 is before year_start 2013"},
    {"inv_negative_amount", File::Investments, 1,
     "inv_negative_amount.csv:3: amount_usd: -5 is negative"},
    {"inv_nonnumeric_amount", File::Investments, 1,
     "inv_nonnumeric_amount.csv:3: amount_usd: 'abc' is not a number"},
    {"inv_thousands_amount", File::Investments, 1,
     "inv_thousands_amount.csv:3: amount_usd: '1,000' is not a number"},
    {"inv_duplicate_id", File::Investments, 1,
     "inv_duplicate_id.csv:3: id: duplicate id 'good' (first on line 2)"},
    {"inv_bad_status", File::Investments, 1,
     "inv_bad_status.csv:3: status: 'planned' is not one of announced, under_construction, "
     "operating, completed, suspended, cancelled"},
    {"inv_bad_sector", File::Investments, 1,
     "inv_bad_sector.csv:3: sector: 'transport' is not one of transport_logistics, "
     "oil_gas_energy, other_economic"},
    {"inv_bad_subsector", File::Investments, 1,
     "inv_bad_subsector.csv:3: subsector: 'railway' is not one of rail, road, port, "
     "logistics_hub, urban_transit, pipeline, oil_gas_upstream, refinery, petrochemical, "
     "power_thermal, power_hydro, power_renewable, power_grid, mining, metallurgy, agriculture, "
     "manufacturing, finance, education"},
    {"inv_bad_amount_kind", File::Investments, 1,
     "inv_bad_amount_kind.csv:3: amount_kind: 'grant' is not one of total_cost, loan, contract, "
     "agreement_value, equity"},
    {"inv_bad_role", File::Investments, 1,
     "inv_bad_role.csv:3: chinese_role: 'donor' is not one of investor, lender, contractor"},
    {"inv_bad_confidence", File::Investments, 1,
     "inv_bad_confidence.csv:3: confidence: 'high' is not one of H, M, L"},
    {"inv_amount_without_kind", File::Investments, 1,
     "inv_amount_without_kind.csv:3: amount_kind: is empty but amount_usd is given; say what it "
     "measures"},
    {"inv_kind_without_amount", File::Investments, 1,
     "inv_kind_without_amount.csv:3: amount_kind: 'loan' is given but amount_usd is empty; "
     "leave both empty when no sourced figure exists"},
    {"inv_bad_share", File::Investments, 1,
     "inv_bad_share.csv:3: chinese_share: 100 is not a joint venture's share (a percent above 0 "
     "and below 100; empty = all Chinese)"},
    {"inv_implausible_amount", File::Investments, 2,
     "inv_implausible_amount.csv:3: amount_usd: 1e308 is more than $1 trillion; check the figure "
     "(one such arc or disc would cover the map)",
     Severity::Warning},
    {"inv_empty_source", File::Investments, 1, "inv_empty_source.csv:3: source: is empty"},
    {"inv_bad_id", File::Investments, 1,
     "inv_bad_id.csv:3: id: 'Bad-Id' is not a valid id (lower-case letters, digits and _)"},
    {"inv_same_place", File::Investments, 1,
     "inv_same_place.csv:3: destination: is the same place as origin"},
    {"inv_missing_columns", File::Investments, 0,
     "inv_missing_columns.csv:1: name: required column is missing; no rows loaded from this file"},
    {"inv_unknown_column", File::Investments, 1,
     "inv_unknown_column.csv:1: colour: unknown column is ignored", Severity::Warning},
    {"place_lon_range", File::Places, 1, "place_lon_range.csv:3: lon: 181 is outside -180..180"},
    {"place_lat_range", File::Places, 1, "place_lat_range.csv:3: lat: -90.5 is outside -90..90"},
    {"place_lon_text", File::Places, 1, "place_lon_text.csv:3: lon: '76E' is not a number"},
    {"place_bad_country", File::Places, 1,
     "place_bad_country.csv:3: country: 'KZ' is not an ISO 3166-1 alpha-3 code (three capital "
     "letters)"},
    {"place_bad_kind", File::Places, 1,
     "place_bad_kind.csv:3: kind: 'town' is not one of city, port, border_crossing, dry_port, "
     "site, capital"},
    {"place_duplicate_id", File::Places, 1,
     "place_duplicate_id.csv:3: id: duplicate id 'almaty' (first on line 2)"},
    {"place_empty_coord_source", File::Places, 1,
     "place_empty_coord_source.csv:3: coord_source: is empty"},
    {"segment_unknown_via", File::Segments, 1,
     "segment_unknown_via.csv:3: via: unknown place id 'atlantis'"},
    {"segment_bad_mode", File::Segments, 1,
     "segment_bad_mode.csv:3: mode: 'ship' is not one of rail, sea, road"},
    {"segment_upgrade_before_open", File::Segments, 1,
     "segment_upgrade_before_open.csv:3: year_upgraded: 2012 is before year_open 2014"},
    {"segment_uc_without_start", File::Segments, 1,
     "segment_uc_without_start.csv:3: start: is empty; a segment that is not operating needs the "
     "date its works began or it was agreed (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {"segment_closed_before_open", File::Segments, 1,
     "segment_closed_before_open.csv:3: year_closed: 2012 is before year_open 2014"},
    {"segment_bad_carries_volume", File::Segments, 1,
     "segment_bad_carries_volume.csv:3: carries_volume: 'maybe' is not yes or no"},
    {"segment_too_many_via", File::Segments, 1,
     "segment_too_many_via.csv:3: via: 65 place ids; at most 64 are allowed"},
    {"segment_duplicate_id", File::Segments, 1,
     "segment_duplicate_id.csv:3: id: duplicate id 's_ok' (first on line 2)"},
    {"segment_negative_length", File::Segments, 1,
     "segment_negative_length.csv:3: length_km: -10 is negative"},
    {"volume_duplicate_year", File::Volumes, 1,
     "volume_duplicate_year.csv:3: year: duplicate year 2019 (first on line 2)"},
    {"volume_teu_without_scope", File::Volumes, 1,
     "volume_teu_without_scope.csv:3: teu_scope: is empty; a TEU figure needs its scope: route or "
     "kz_az_seaports"},
    {"volume_nonnumeric", File::Volumes, 1,
     "volume_nonnumeric.csv:3: tonnes: 'lots' is not a number"},
    {"trade_bad_basis", File::Trade, 1,
     "trade_bad_basis.csv:3: basis: 'gacc' is not one of china_customs, national, unstated"},
    {"trade_duplicate", File::Trade, 1,
     "trade_duplicate.csv:3: year: duplicate row for 2020 CHN-KAZ on basis china_customs (first "
     "on line 2)"},
    {"trade_bad_partner", File::Trade, 1,
     "trade_bad_partner.csv:3: partner: 'Kazakhstan' is not an ISO 3166-1 alpha-3 code (three "
     "capital letters)"},
    {"event_bad_date", File::Events, 1,
     "event_bad_date.csv:3: date: '2013-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {"event_year_range", File::Events, 1,
     "event_year_range.csv:3: date: 1989-12 is outside 1990-2035"},
    {"event_unknown_place", File::Events, 1,
     "event_unknown_place.csv:3: place: unknown place id 'narnia'"},
    {"event_bad_kind", File::Events, 1,
     "event_bad_kind.csv:3: kind: 'party' is not one of milestone, summit, agreement, opening"},
    {"event_odd_url", File::Events, 2,
     "event_odd_url.csv:3: source_url: 'ftp://x' does not start with http:// or https://",
     Severity::Warning},
};

INSTANTIATE_TEST_SUITE_P(Fixtures, Validation, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             return std::string(param.param.fixture);
                         });

TEST(Validation, MissingRequiredColumnsAreErrorsAndNothingLoads) {
    std::vector<Message> messages;
    const auto flows = parseFlows(readFixture("errors/inv_missing_columns.csv"), "m.csv",
                                  fixturePlaces(), messages);
    EXPECT_TRUE(flows.empty());
    std::vector<std::string> errors;
    for (const Message& m : messages) {
        if (m.severity == Severity::Error) errors.push_back(formatMessage(m));
    }
    EXPECT_EQ(errors,
              (std::vector<std::string>{
                  "m.csv:1: name: required column is missing; no rows loaded from this file",
                  "m.csv:1: source: required column is missing; no rows loaded from this "
                  "file"}));
}

TEST(Validation, DuplicateHeaderColumnIsAnError) {
    std::vector<Message> messages;
    const auto volumes =
        parseVolumes("year,tonnes,teu,basis,source,tonnes\n2019,1,,b,s,2\n", "v.csv", messages);
    EXPECT_TRUE(volumes.empty());
    ASSERT_FALSE(messages.empty());
    EXPECT_EQ(formatMessage(messages[0]),
              "v.csv:1: tonnes: column appears more than once in the header");
}

TEST(Validation, EveryProblemOfARowIsReported) {
    std::vector<Message> messages;
    const std::string text =
        "id,name,sector,subsector,origin,destination,amount_usd,amount_kind,year_start,status,"
        "chinese_role,confidence,source\n"
        "x,X,nope,rail,beijing,mars,-1,loan,1900,operating,lender,H,s\n";
    EXPECT_TRUE(parseFlows(text, "f.csv", fixturePlaces(), messages).empty());
    EXPECT_EQ(messages.size(), 4u);  // sector, destination, amount_usd, year_start
}

TEST(Validation, SubsectorOfAnotherSectorIsAWarning) {
    std::vector<Message> messages;
    const std::string text =
        "id,name,sector,subsector,origin,destination,amount_usd,amount_kind,year_start,status,"
        "chinese_role,confidence,source\n"
        "x,X,other_economic,pipeline,beijing,almaty,,,2015,operating,lender,H,s\n";
    EXPECT_EQ(parseFlows(text, "f.csv", fixturePlaces(), messages).size(), 1u);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(formatMessage(messages[0]),
              "f.csv:2: subsector: 'pipeline' usually belongs to sector oil_gas_energy");
}

TEST(Validation, OriginOutsideChinaIsAWarning) {
    std::vector<Message> messages;
    const std::string text =
        "id,name,sector,subsector,origin,destination,amount_usd,amount_kind,year_start,status,"
        "chinese_role,confidence,source\n"
        "x,X,other_economic,mining,astana,almaty,,,2015,operating,lender,H,s\n";
    EXPECT_EQ(parseFlows(text, "f.csv", fixturePlaces(), messages).size(), 1u);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(formatMessage(messages[0]), "f.csv:2: origin: 'astana' is not in China");
}

TEST(Validation, OptionalConfidenceColumnDefaultsToLowWithAWarning) {
    std::vector<Message> messages;
    const auto volumes =
        parseVolumes("year,tonnes,teu,basis,source\n2019,1,,b,s\n", "v.csv", messages);
    ASSERT_EQ(volumes.size(), 1u);
    EXPECT_EQ(volumes[0].confidence, Confidence::Low);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(formatMessage(messages[0]),
              "v.csv: confidence: no confidence column; every row is marked L");
}

TEST(Validation, ColumnsAreFoundByNameInAnyOrder) {
    std::vector<Message> messages;
    const auto rows = parseTrade(
        "source,value_usd,partner,confidence,basis,reporter,year\n"
        "\"GACC, 2024\",5e9,KAZ,H,china_customs,CHN,2024\n",
        "t.csv", messages);
    for (const Message& m : messages) ADD_FAILURE() << formatMessage(m);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].year, 2024);
    EXPECT_EQ(rows[0].valueUsd, 5e9);
    EXPECT_EQ(rows[0].source, "GACC, 2024");
    EXPECT_EQ(rows[0].reporter, "CHN");
}

}  // namespace
}  // namespace data
