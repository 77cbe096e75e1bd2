// corridor_segments.csv `shape`: drawing waypoints "lon lat; lon lat; ...", parsed in order,
// bounded, and every bad point an error naming the file, line, column and point.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "data/parsers.h"
#include "test_util.h"

namespace data {
namespace {

const char* kHeader = "id,from,to,via,shape,mode,length_km,year_open,confidence,source\n";

std::vector<Place> places() {
    std::vector<Message> messages;
    std::vector<Place> p =
        parsePlaces(test::readFixture("valid/places.csv"), "places.csv", messages);
    EXPECT_TRUE(messages.empty());
    return p;
}

std::vector<CorridorSegment> parse(const std::string& rows, std::vector<Message>& messages) {
    return parseSegments(kHeader + rows, "s.csv", places(), messages);
}

std::vector<std::string> formatted(const std::vector<Message>& messages) {
    std::vector<std::string> out;
    for (const Message& m : messages) out.push_back(formatMessage(m));
    return out;
}

TEST(SegmentShape, PointsAreReadInTravelOrder) {
    std::vector<Message> messages;
    const auto s = parse(
        "a,aktau,baku,,\"50.8 40.4; 50.6\t40.15 ;-0.5   -1e-1\",sea,,,L,src\n"
        "b,almaty,astana,,,rail,,,L,src\n",
        messages);
    EXPECT_TRUE(messages.empty()) << formatted(messages).front();
    ASSERT_EQ(s.size(), 2u);
    ASSERT_EQ(s[0].shape.size(), 3u);
    EXPECT_DOUBLE_EQ(s[0].shape[0].lon, 50.8);
    EXPECT_DOUBLE_EQ(s[0].shape[0].lat, 40.4);
    EXPECT_DOUBLE_EQ(s[0].shape[1].lon, 50.6);
    EXPECT_DOUBLE_EQ(s[0].shape[1].lat, 40.15);
    EXPECT_DOUBLE_EQ(s[0].shape[2].lon, -0.5);
    EXPECT_DOUBLE_EQ(s[0].shape[2].lat, -0.1);
    EXPECT_TRUE(s[1].shape.empty());
}

TEST(SegmentShape, TheColumnIsOptional) {
    std::vector<Message> messages;
    const auto s = parseSegments(
        "id,from,to,via,mode,length_km,year_open,confidence,source\nb,almaty,astana,,rail,,,L,"
        "src\n",
        "s.csv", places(), messages);
    EXPECT_TRUE(messages.empty());
    ASSERT_EQ(s.size(), 1u);
    EXPECT_TRUE(s[0].shape.empty());
}

TEST(SegmentShape, BadPointsAreErrorsAndOnlyTheirRowIsSkipped) {
    std::vector<Message> messages;
    const auto s = parse(
        "ok,almaty,astana,,\"70 45\",rail,,,L,src\n"
        "one,almaty,astana,,\"70 45; 71\",rail,,,L,src\n"
        "lon,almaty,astana,,\"181 45\",rail,,,L,src\n"
        "lat,almaty,astana,,\"70 45; 70 -90.5\",rail,,,L,src\n"
        "nan,almaty,astana,,\"nan 45\",rail,,,L,src\n"
        "three,almaty,astana,,\"70 45 3\",rail,,,L,src\n"
        "comma,almaty,astana,,\"70,45\",rail,,,L,src\n"
        "trailing,almaty,astana,,\"70 45;\",rail,,,L,src\n",
        messages);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].id, "ok");
    EXPECT_EQ(formatted(messages),
              (std::vector<std::string>{
                  "s.csv:3: shape: point 2 '71' is not 'lon lat' (two numbers, WGS84 degrees)",
                  "s.csv:4: shape: point 1: longitude 181 is outside -180..180",
                  "s.csv:5: shape: point 2: latitude -90.5 is outside -90..90",
                  "s.csv:6: shape: point 1 'nan 45' is not 'lon lat' (two numbers, WGS84 degrees)",
                  "s.csv:7: shape: point 1 '70 45 3' is not 'lon lat' (two numbers, WGS84 "
                  "degrees)",
                  "s.csv:8: shape: point 1 '70,45' is not 'lon lat' (two numbers, WGS84 degrees)",
                  "s.csv:9: shape: point 2 '' is not 'lon lat' (two numbers, WGS84 degrees)"}));
}

std::string points(std::size_t n) {
    std::string cell;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) cell += ";";
        cell += std::to_string(60 + static_cast<int>(i % 20)) + " 45";
    }
    return cell;
}

TEST(SegmentShape, AtMostSoManyPoints) {
    std::vector<Message> messages;
    const auto s =
        parse("full,almaty,astana,,\"" + points(kMaxShapePoints) + "\",rail,,,L,src\n" +
                  "over,almaty,astana,,\"" + points(kMaxShapePoints + 1) + "\",rail,,,L,src\n",
              messages);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].shape.size(), kMaxShapePoints);
    EXPECT_EQ(formatted(messages),
              (std::vector<std::string>{"s.csv:3: shape: " + std::to_string(kMaxShapePoints + 1) +
                                        " points; at most " + std::to_string(kMaxShapePoints) +
                                        " are allowed"}));
}

}  // namespace
}  // namespace data
