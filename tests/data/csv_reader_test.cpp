#include "data/csv_reader.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace data {
namespace {

using test::readFixture;

TEST(CsvReader, BomCrlfQuotedCommasAndDoubledQuotes) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv(readFixture("csv/bom_crlf.csv"), "bom_crlf.csv", messages);
    EXPECT_TRUE(messages.empty());
    ASSERT_EQ(table.header, (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].fields, (std::vector<std::string>{"1", "x, y", "3"}));
    EXPECT_EQ(table.records[1].fields, (std::vector<std::string>{"4", "say \"hi\"", "6"}));
    EXPECT_EQ(table.records[0].line, 2);
    EXPECT_EQ(table.records[1].line, 3);
}

TEST(CsvReader, NewlineInsideQuotesKeepsLineNumbersAndSkipsBlankLines) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv(readFixture("csv/multiline.csv"), "multiline.csv", messages);
    EXPECT_TRUE(messages.empty());
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].fields[1], "line one\nline two");
    EXPECT_EQ(table.records[0].line, 2);
    EXPECT_EQ(table.records[1].line, 4);  // the quoted newline used up line 3
    EXPECT_EQ(table.records[1].fields[1], "plain");
}

TEST(CsvReader, CrlfInsideQuotesBecomesLf) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv("a\r\n\"x\r\ny\"\r\n", "t.csv", messages);
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields[0], "x\ny");
}

TEST(CsvReader, WrongFieldCountIsAnErrorAndTheRecordIsSkipped) {
    std::vector<Message> messages;
    const CsvTable table =
        parseCsv(readFixture("csv/field_count.csv"), "field_count.csv", messages);
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields[0], "3");
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(formatMessage(messages[0]),
              "field_count.csv:2: record has 2 fields but the header has 3; record skipped");
    EXPECT_EQ(formatMessage(messages[1]),
              "field_count.csv:4: record has 4 fields but the header has 3; record skipped");
}

TEST(CsvReader, UnterminatedQuoteIsAnError) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv(readFixture("csv/unterminated.csv"), "u.csv", messages);
    ASSERT_EQ(table.records.size(), 1u);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].severity, Severity::Error);
    EXPECT_EQ(formatMessage(messages[0]),
              "u.csv:3: quoted field is not closed before the end of the file; record skipped");
}

TEST(CsvReader, LastRecordWithoutNewline) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv(readFixture("csv/no_final_newline.csv"), "n.csv", messages);
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReader, EmptyFieldsAndEmptyQuotedFields) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv("a,b,c\n,\"\",\n", "t.csv", messages);
    EXPECT_TRUE(messages.empty());
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (std::vector<std::string>{"", "", ""}));
}

TEST(CsvReader, SpacesAroundQuotedFieldsAreDropped) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv("a,b\n1,  \"x,y\"  \n", "t.csv", messages);
    EXPECT_TRUE(messages.empty());
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields[1], "x,y");
}

TEST(CsvReader, StrayQuoteIsKeptWithAWarning) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv("a,b\n1,5\" pipe\n", "t.csv", messages);
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields[1], "5\" pipe");
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].severity, Severity::Warning);
    EXPECT_EQ(messages[0].line, 2);
}

TEST(CsvReader, HeaderIsTrimmedAndEmptyTextHasNoHeader) {
    std::vector<Message> messages;
    EXPECT_EQ(parseCsv(" a , b\n", "t.csv", messages).header, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(messages.empty());
    const CsvTable empty = parseCsv("\xEF\xBB\xBF\n\n", "e.csv", messages);
    EXPECT_TRUE(empty.header.empty());
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(formatMessage(messages[0]), "e.csv: file has no header row");
}

TEST(CsvReader, LoneCarriageReturnEndsALine) {
    std::vector<Message> messages;
    const CsvTable table = parseCsv("a\r1\r2\r", "t.csv", messages);
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[1].line, 3);
}

TEST(CsvReader, MissingFileIsReported) {
    std::string text = "left over";
    EXPECT_FALSE(readTextFile(test::fixturePath("csv/does_not_exist.csv"), text));
    EXPECT_TRUE(text.empty());
}

TEST(Messages, FormatLeavesOutUnknownParts) {
    EXPECT_EQ(formatMessage({Severity::Error, "f.csv", 37, "amount_usd", "'abc' is not a number"}),
              "f.csv:37: amount_usd: 'abc' is not a number");
    EXPECT_EQ(formatMessage({Severity::Error, "f.csv", 3, "", "bad row"}), "f.csv:3: bad row");
    EXPECT_EQ(formatMessage({Severity::Warning, "f.csv", 0, "", "odd"}), "f.csv: odd");
}

}  // namespace
}  // namespace data
