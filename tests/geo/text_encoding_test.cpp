// Code page names to iconv names, UTF-8 validation and conversion of DBF text.
#include "geo/text_encoding.h"

#include <gtest/gtest.h>

namespace {

TEST(TextEncodingTest, IconvNameForCodePage) {
    EXPECT_EQ(geo::iconvNameForCodePage("UTF-8"), "UTF-8");
    EXPECT_EQ(geo::iconvNameForCodePage("utf8\r\n"), "UTF-8");
    EXPECT_EQ(geo::iconvNameForCodePage("65001"), "UTF-8");
    EXPECT_EQ(geo::iconvNameForCodePage("1251"), "CP1251");
    EXPECT_EQ(geo::iconvNameForCodePage("cp1251"), "CP1251");
    EXPECT_EQ(geo::iconvNameForCodePage("LDID/87"), "");
    EXPECT_EQ(geo::iconvNameForCodePage("LDID/201"), "CP1251");
    EXPECT_EQ(geo::iconvNameForCodePage("LDID/200"), "CP1250");
    EXPECT_EQ(geo::iconvNameForCodePage("LDID/204"), "CP1257");
    EXPECT_EQ(geo::iconvNameForCodePage("LDID/101"), "CP866");
    EXPECT_EQ(geo::iconvNameForCodePage("LDID/3"), "CP1252");
    EXPECT_EQ(geo::iconvNameForCodePage("ISO88591"), "ISO-8859-1");
    EXPECT_EQ(geo::iconvNameForCodePage("88595"), "ISO-8859-5");
    EXPECT_EQ(geo::iconvNameForCodePage(""), "");
    EXPECT_EQ(geo::iconvNameForCodePage("  \n"), "");
}

TEST(TextEncodingTest, IsValidUtf8) {
    EXPECT_TRUE(geo::isValidUtf8(""));
    EXPECT_TRUE(geo::isValidUtf8("Astana"));
    EXPECT_TRUE(geo::isValidUtf8("\xD0\x90\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB0"));  // Астана
    EXPECT_TRUE(geo::isValidUtf8("\xE2\x82\xAC"));                                      // €
    EXPECT_TRUE(geo::isValidUtf8("\xF0\x9F\x97\xBA"));                                  // 🗺
    EXPECT_FALSE(geo::isValidUtf8("Caf\xE9"));           // Windows-1252 é
    EXPECT_FALSE(geo::isValidUtf8("\xCA\xE0\xE7"));      // Windows-1251 text
    EXPECT_FALSE(geo::isValidUtf8("\xD0"));              // truncated sequence
    EXPECT_FALSE(geo::isValidUtf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(geo::isValidUtf8("\x80"));              // lone continuation byte
    EXPECT_FALSE(geo::isValidUtf8("\xF5\x80\x80\x80"));  // beyond U+10FFFF
}

TEST(TextEncodingTest, IsValidUtf8RejectsOverlongAndSurrogateSequences) {
    EXPECT_FALSE(geo::isValidUtf8("\xE0\x80\xAF"));      // overlong '/' in 3 bytes
    EXPECT_FALSE(geo::isValidUtf8("\xED\xA0\x80"));      // U+D800, a surrogate
    EXPECT_FALSE(geo::isValidUtf8("\xF0\x80\x80\xAF"));  // overlong '/' in 4 bytes
    EXPECT_FALSE(geo::isValidUtf8("\xF4\x90\x80\x80"));  // U+110000
    EXPECT_TRUE(geo::isValidUtf8("\xED\x9F\xBF"));       // U+D7FF, just below the surrogates
    EXPECT_TRUE(geo::isValidUtf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF, the last code point
}

TEST(TextEncodingTest, IconvNameForEsriAndGdalCpgSpellings) {
    // As GDAL reads them: "ANSI 1251" is CP1251 and "8859-N" is ISO-8859-N.
    EXPECT_EQ(geo::iconvNameForCodePage("ANSI 1251"), "CP1251");
    EXPECT_EQ(geo::iconvNameForCodePage("8859-5"), "ISO-8859-5");
}

TEST(TextEncodingTest, ToUtf8FromCodePages) {
    EXPECT_EQ(geo::toUtf8("Caf\xE9 \x80", "CP1252"), "Caf\xC3\xA9 \xE2\x82\xAC");
    EXPECT_EQ(geo::toUtf8("\xCA\xE0\xE7", "CP1251"), "\xD0\x9A\xD0\xB0\xD0\xB7");  // Каз
    EXPECT_EQ(geo::toUtf8("\xE9", "ISO-8859-1"), "\xC3\xA9");
    EXPECT_EQ(geo::toUtf8("plain ascii", "CP1251"), "plain ascii");
}

TEST(TextEncodingTest, ToUtf8WithoutAnEncoding) {
    // Valid UTF-8 passes through; anything else is read as Windows-1252.
    EXPECT_EQ(geo::toUtf8("\xD0\x9A", ""), "\xD0\x9A");
    EXPECT_EQ(geo::toUtf8("Caf\xE9", ""), "Caf\xC3\xA9");
    // An encoding iconv does not know behaves like none.
    EXPECT_EQ(geo::toUtf8("Caf\xE9", "NOT-A-CODEPAGE"), "Caf\xC3\xA9");
    EXPECT_EQ(geo::toUtf8("\xD0\x9A", "NOT-A-CODEPAGE"), "\xD0\x9A");
}

}  // namespace
