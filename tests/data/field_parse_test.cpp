#include "data/field_parse.h"

#include <gtest/gtest.h>

#include "data/enums.h"

namespace data {
namespace {

TEST(FieldParse, Numbers) {
    EXPECT_EQ(parseNumber("12"), 12.0);
    EXPECT_EQ(parseNumber("-3.5"), -3.5);
    EXPECT_EQ(parseNumber("+4"), 4.0);
    EXPECT_EQ(parseNumber("4.2e9"), 4.2e9);
    for (const char* bad :
         {"", "abc", "1,000", "1 000", "inf", "nan", "0x10", "12abc", "$5", "-"}) {
        EXPECT_FALSE(parseNumber(bad).has_value()) << bad;
    }
}

TEST(FieldParse, Integers) {
    EXPECT_EQ(parseInteger("2013"), 2013);
    EXPECT_FALSE(parseInteger("2013.5").has_value());
    EXPECT_FALSE(parseInteger("20l3").has_value());
    EXPECT_FALSE(parseInteger("").has_value());
}

TEST(FieldParse, Dates) {
    const auto year = parseDate("2013");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->year, 2013);
    EXPECT_EQ(year->month, 0);
    const auto day = parseDate("2024-02-29");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->month, 2);
    EXPECT_EQ(day->day, 29);
    for (const char* bad : {"2023-02-29", "2013-13", "2013-00", "2013-9", "13-09-07", "2013/09/07",
                            "2013-09-07x", "Sep 2013", ""}) {
        EXPECT_FALSE(parseDate(bad).has_value()) << bad;
    }
}

TEST(FieldParse, FractionalYears) {
    EXPECT_DOUBLE_EQ(toFractionalYear({2013, 0, 0}), 2013.0);
    EXPECT_DOUBLE_EQ(toFractionalYear({2013, 1, 1}), 2013.0);
    EXPECT_DOUBLE_EQ(toFractionalYear({2013, 7, 0}), 2013.0 + 181.0 / 365.0);
    EXPECT_DOUBLE_EQ(toFractionalYear({2024, 3, 1}), 2024.0 + 60.0 / 366.0);
    EXPECT_LT(toFractionalYear({2013, 12, 31}), 2014.0);
}

TEST(FieldParse, CodesAndIds) {
    EXPECT_TRUE(isIso3Code("KAZ"));
    EXPECT_TRUE(isIso3Code("XCA"));
    EXPECT_FALSE(isIso3Code("KZ"));
    EXPECT_FALSE(isIso3Code("kaz"));
    EXPECT_TRUE(isValidId("aktau_port_2"));
    EXPECT_FALSE(isValidId("2aktau"));
    EXPECT_FALSE(isValidId("Aktau"));
    EXPECT_FALSE(isValidId("ak-tau"));
}

TEST(Enums, RoundTrip) {
    for (Sector s : {Sector::TransportLogistics, Sector::OilGasEnergy, Sector::OtherEconomic}) {
        EXPECT_EQ(parseSector(toString(s)), s);
    }
    for (AmountKind k : {AmountKind::TotalCost, AmountKind::Loan, AmountKind::Contract,
                         AmountKind::AgreementValue, AmountKind::Equity}) {
        EXPECT_EQ(parseAmountKind(toString(k)), k);
    }
    EXPECT_EQ(parseConfidence("H"), Confidence::High);
    EXPECT_FALSE(parseConfidence("h").has_value());
    EXPECT_EQ(parsePlaceKind("border_crossing"), PlaceKind::BorderCrossing);
    EXPECT_EQ(parseProjectStatus("under_construction"), ProjectStatus::UnderConstruction);
    EXPECT_EQ(allowedNames<TradeBasis>(), "china_customs, national, unstated");
}

}  // namespace
}  // namespace data
