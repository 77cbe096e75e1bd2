// The map's own words in English, Russian and Chinese: the legend, the scale bar's units, the
// attribution line and the tonnage tag, in one table (ui_text.cpp), chosen by the label
// language. Also the percent-decoding of source links for display. Pure; no GL, SDL or ImGui.
#pragma once

#include <string>
#include <string_view>

namespace scene {

enum class UiLanguage { En, Ru, Zh };

// The furniture's language for a label language: "ru" and "zh" are themselves; "en", "local"
// (names in each country's own language, with English furniture) and anything else are English.
UiLanguage uiLanguage(std::string_view labelLanguage);

// `english` in `language`: the table's translation, or `english` itself when the table has no
// row for it (so an untranslated string still reads, in English).
std::string uiText(std::string_view english, UiLanguage language);

// "$347 m" / "$347 млн" / "3.47亿美元": an amount for the legend and map text.
std::string formatAmountShort(double amountUsd, UiLanguage language);
// The width sample at and under the clamp: "up to $347 m", "до $347 млн", "3.47亿美元及以下".
std::string upToAmount(double amountUsd, UiLanguage language);
// The widest sample: "$5 bn (widest)" and its translations.
std::string widestAmount(double amountUsd, UiLanguage language);

// The scale bar's label for a round distance: "500 km", "500 км", "500公里"; "200 m", ...
std::string distanceLabel(double metres, UiLanguage language);

// The attribution line at the bottom right of every frame.
std::string attributionText(UiLanguage language);

// The route's tonnage tag: "4.48 Mt in 2024", "4,48 млн т в 2024 г.", "2024年：448万吨"; and
// the line under it naming the figure's source.
std::string tonnageTagTitle(double tonnes, int year, UiLanguage language);
std::string tonnageTagDetail(UiLanguage language);

// A URL as a reader should see it: %XX escapes decoded where they form a valid multi-byte UTF-8
// character (so "https://ru.wikipedia.org/wiki/%D0%A5%D0%BE%D1%80%D0%B3%D0%BE%D1%81" reads
// ".../wiki/Хоргос"); escaped ASCII ("%2F", "%20", "%0A") and escapes that are not valid UTF-8
// stay as typed, so the text never hides what the link is. The original URL is what is opened.
std::string decodeUrlForDisplay(std::string_view url);

}  // namespace scene
