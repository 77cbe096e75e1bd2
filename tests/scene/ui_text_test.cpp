// The map's words in Russian and Chinese (legend, scale bar, attribution, tonnage tag) and the
// display form of source links.
#include "scene/ui_text.h"
#include "scene/timeline_geometry.h"

#include <gtest/gtest.h>

#include <string>

using scene::UiLanguage;

TEST(UiTextTest, LanguageFollowsTheLabels) {
    EXPECT_EQ(scene::uiLanguage("ru"), UiLanguage::Ru);
    EXPECT_EQ(scene::uiLanguage("zh"), UiLanguage::Zh);
    EXPECT_EQ(scene::uiLanguage("en"), UiLanguage::En);
    // Local names come with English furniture.
    EXPECT_EQ(scene::uiLanguage("local"), UiLanguage::En);
    EXPECT_EQ(scene::uiLanguage(""), UiLanguage::En);
}

TEST(UiTextTest, TableTranslatesAndFallsBackToEnglish) {
    EXPECT_EQ(scene::uiText("Rail", UiLanguage::Ru), "Железная дорога");
    EXPECT_EQ(scene::uiText("Rail", UiLanguage::Zh), "铁路");
    EXPECT_EQ(scene::uiText("Rail", UiLanguage::En), "Rail");
    EXPECT_EQ(scene::uiText("Not in the table", UiLanguage::Ru), "Not in the table");
}

TEST(UiTextTest, AmountsInEachLanguage) {
    EXPECT_EQ(scene::formatAmountShort(347e6, UiLanguage::En), "$347 m");
    EXPECT_EQ(scene::formatAmountShort(1.2e9, UiLanguage::En), "$1.2 bn");
    EXPECT_EQ(scene::formatAmountShort(347e6, UiLanguage::Ru), "$347 млн");
    EXPECT_EQ(scene::formatAmountShort(1.2e9, UiLanguage::Ru), "$1,2 млрд");
    // 亿 is 10^8: $347 m = 3.47亿, $5 bn = 50亿; under 10^8 in 万 (10^4).
    EXPECT_EQ(scene::formatAmountShort(347e6, UiLanguage::Zh), "3.47亿美元");
    EXPECT_EQ(scene::formatAmountShort(5e9, UiLanguage::Zh), "50亿美元");
    EXPECT_EQ(scene::formatAmountShort(50e6, UiLanguage::Zh), "5000万美元");
    EXPECT_EQ(scene::upToAmount(347e6, UiLanguage::Ru), "до $347 млн");
    EXPECT_EQ(scene::widestAmount(5e9, UiLanguage::Zh), "50亿美元（最宽）");
}

TEST(UiTextTest, FurnitureInEachLanguage) {
    EXPECT_EQ(scene::distanceLabel(500000.0, UiLanguage::En), "500 km");
    EXPECT_EQ(scene::distanceLabel(500000.0, UiLanguage::Ru), "500 км");
    EXPECT_EQ(scene::distanceLabel(200.0, UiLanguage::Zh), "200米");
    EXPECT_EQ(scene::tonnageTagTitle(4.48e6, 2024, UiLanguage::En), "4.48 Mt in 2024");
    EXPECT_EQ(scene::tonnageTagTitle(4.48e6, 2024, UiLanguage::Ru), "4,48 млн т в 2024 г.");
    EXPECT_EQ(scene::tonnageTagTitle(4.48e6, 2024, UiLanguage::Zh), "2024年：448万吨");
    EXPECT_NE(scene::attributionText(UiLanguage::Ru).find("Natural Earth"), std::string::npos);
    EXPECT_EQ(scene::attributionText(UiLanguage::Zh).find("Base map"), std::string::npos);
}

TEST(UiTextTest, LegendInRussianAndChinese) {
    scene::ArcScale scale;
    scale.maxAmountUsd = 5e9;
    scene::LegendContext context;
    context.markerMaxAmountUsd = 5e9f;
    context.cargoParticles = true;
    context.language = "ru";
    const auto ru = scene::buildLegend(scale, "dark", 2017.9, context);
    EXPECT_EQ(ru.title, "Китайские инвестиции и Средний коридор");
    context.language = "zh";
    const auto zh = scene::buildLegend(scale, "dark", 2017.9, context);
    EXPECT_EQ(zh.title, "中国投资与中间走廊");
    context.language = "local";
    const auto local = scene::buildLegend(scale, "dark", 2017.9, context);
    ASSERT_EQ(ru.entries.size(), local.entries.size());
    ASSERT_EQ(zh.entries.size(), local.entries.size());
    // Every entry is translated: none keeps an English word (the Latin left are "TITR" and "$").
    for (size_t i = 0; i < local.entries.size(); ++i) {
        EXPECT_NE(ru.entries[i].label, local.entries[i].label) << local.entries[i].label;
        EXPECT_NE(zh.entries[i].label, local.entries[i].label) << local.entries[i].label;
        EXPECT_EQ(ru.entries[i].kind, local.entries[i].kind);
    }
    EXPECT_EQ(local.entries[0].label, "Transport & logistics");
}

TEST(UiTextTest, UrlsShowDecodedUtf8) {
    // Хоргос, as Wikipedia writes it in a link.
    EXPECT_EQ(scene::decodeUrlForDisplay(
                  "https://ru.wikipedia.org/wiki/%D0%A5%D0%BE%D1%80%D0%B3%D0%BE%D1%81"),
              "https://ru.wikipedia.org/wiki/Хоргос");
    EXPECT_EQ(scene::decodeUrlForDisplay("https://example.cn/%e4%b8%ad%e5%9b%bd"),
              "https://example.cn/中国");
    // Plain links are unchanged.
    EXPECT_EQ(scene::decodeUrlForDisplay("https://www.gov.kz/a?b=1&c=2"),
              "https://www.gov.kz/a?b=1&c=2");
}

TEST(UiTextTest, UrlEscapesThatAreNotUtf8StayAsTyped) {
    // Escaped ASCII keeps its meaning in the link: a slash, a space, a newline.
    EXPECT_EQ(scene::decodeUrlForDisplay("a%2Fb%20c%0A"), "a%2Fb%20c%0A");
    // A lone continuation byte, a cut sequence, an overlong slash, a surrogate, bad hex.
    EXPECT_EQ(scene::decodeUrlForDisplay("x%80y"), "x%80y");
    EXPECT_EQ(scene::decodeUrlForDisplay("%D0"), "%D0");
    EXPECT_EQ(scene::decodeUrlForDisplay("%C0%AF"), "%C0%AF");
    EXPECT_EQ(scene::decodeUrlForDisplay("%ED%A0%80"), "%ED%A0%80");
    EXPECT_EQ(scene::decodeUrlForDisplay("%G1%4"), "%G1%4");
    // A valid character next to an invalid byte: the character decodes, the byte stays.
    EXPECT_EQ(scene::decodeUrlForDisplay("%D0%A5%FF"), "Х%FF");
}
