// Every map-facing string in Russian and Chinese, in one table keyed by its English text.
// Russian uses the terms of Russian-language sources (ТМТМ is the Russian abbreviation of the
// Trans-Caspian International Transport Route, Минтранс РК Kazakhstan's Ministry of Transport);
// Chinese is Simplified, with TITR kept as the route's Latin abbreviation. The source file is
// UTF-8, as every string the map draws is.
#include "scene/ui_text.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace scene {

namespace {

struct Row {
    const char* en;
    const char* ru;
    const char* zh;
};

// clang-format off
constexpr Row kTable[] = {
    // The legend's title, when the story sets none, and its year line in the "all" mode.
    {"Chinese investment and the Middle Corridor", "Китайские инвестиции и Средний коридор", "中国投资与中间走廊"},
    {"All years", "Все годы", "所有年份"},
    // Sectors.
    {"Transport & logistics", "Транспорт и логистика", "交通与物流"},
    {"Oil, gas & energy", "Нефть, газ и энергетика", "石油、天然气与能源"},
    {"Other economic", "Прочие отрасли", "其他经济领域"},
    // How an arc is drawn.
    {"Amount not sourced", "Сумма без источника", "金额无来源"},
    {"Conflicting or weak sources", "Источники противоречивы или слабы", "来源相互矛盾或较弱"},
    {"Announced or agreed, not spent", "Объявлено или согласовано, не вложено", "已宣布或已签约，尚未投入"},
    {"Suspended or cancelled", "Приостановлено или отменено", "已暂停或取消"},
    {"Joint venture: China's share filled", "СП: доля Китая закрашена", "合资企业：实心部分为中方份额"},
    {"Disc: largest per-kind total arrived", "Круг: наибольшая сумма одного вида", "圆：同类金额累计的最大值"},
    // Route modes and cargo.
    {"Rail", "Железная дорога", "铁路"},
    {"Sea", "Море", "海运"},
    {"Road", "Автодорога", "公路"},
    {"Cargo: TITR tonnes, Caspian legs", "Грузы ТМТМ, т: каспийские участки", "货运：TITR吨数，里海航段"},
    // Node kinds.
    {"Port", "Порт", "港口"},
    {"Border crossing", "Погранпереход", "边境口岸"},
    {"Dry port", "Сухой порт", "陆港"},
    {"City/hub", "Город/узел", "城市/枢纽"},
    // Edge indicators: amount kinds and counts of the flows from an off-screen origin.
    {"total cost", "общая стоимость", "总成本"},
    {"loan", "кредит", "贷款"},
    {"contract value", "стоимость контракта", "合同金额"},
    {"agreement value", "по соглашениям", "协议金额"},
    {"equity", "доля в капитале", "股权"},
    {"without a sourced amount", "без суммы из источника", "笔无来源金额"},
    {"announced or halted, not spent", "объявлено или остановлено, не вложено", "笔已宣布或已停止，尚未投入"},
};
// clang-format on

std::string format(const char* fmt, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, value);
    return buf;
}

// "1.2" -> "1,2": Russian writes a decimal comma.
std::string decimalComma(std::string s) {
    for (char& c : s)
        if (c == '.') c = ',';
    return s;
}

// A number with up to two decimals, trailing zeros dropped ("3.47", "10", "12.5").
std::string shortDecimal(double v) {
    std::string s = format("%.2f", v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

UiLanguage uiLanguage(std::string_view labelLanguage) {
    if (labelLanguage == "ru") return UiLanguage::Ru;
    if (labelLanguage == "zh") return UiLanguage::Zh;
    return UiLanguage::En;
}

std::string uiText(std::string_view english, UiLanguage language) {
    if (language == UiLanguage::En) return std::string(english);
    for (const Row& r : kTable) {
        if (english == r.en) return language == UiLanguage::Ru ? r.ru : r.zh;
    }
    return std::string(english);
}

std::string formatAmountShort(double amountUsd, UiLanguage language) {
    if (!std::isfinite(amountUsd) || amountUsd < 0.0) return "";
    if (language == UiLanguage::Zh) {
        // 亿 = 10^8, 万 = 10^4: $347 m is 3.47亿美元, $5 bn 50亿美元.
        if (amountUsd >= 1e8) return shortDecimal(amountUsd / 1e8) + "亿美元";
        return format("%.0f", amountUsd / 1e4) + "万美元";
    }
    const bool ru = language == UiLanguage::Ru;
    if (amountUsd < 1e9) return "$" + format("%.0f", amountUsd / 1e6) + (ru ? " млн" : " m");
    const double bn = amountUsd / 1e9;
    // Whole billions without a decimal; otherwise one decimal.
    const std::string n =
        std::fabs(bn - std::round(bn)) < 0.05 ? format("%.0f", std::round(bn)) : format("%.1f", bn);
    return "$" + (ru ? decimalComma(n) : n) + (ru ? " млрд" : " bn");
}

std::string upToAmount(double amountUsd, UiLanguage language) {
    const std::string a = formatAmountShort(amountUsd, language);
    switch (language) {
        case UiLanguage::Ru:
            return "до " + a;
        case UiLanguage::Zh:
            return a + "及以下";
        case UiLanguage::En:
            break;
    }
    return "up to " + a;
}

std::string widestAmount(double amountUsd, UiLanguage language) {
    const std::string a = formatAmountShort(amountUsd, language);
    switch (language) {
        case UiLanguage::Ru:
            return a + " (самая широкая)";
        case UiLanguage::Zh:
            return a + "（最宽）";
        case UiLanguage::En:
            break;
    }
    return a + " (widest)";
}

std::string distanceLabel(double metres, UiLanguage language) {
    const bool km = metres >= 1000.0;
    const std::string n = format("%.0f", km ? metres / 1000.0 : metres);
    switch (language) {
        case UiLanguage::Ru:
            return n + (km ? " км" : " м");
        case UiLanguage::Zh:
            return n + (km ? "公里" : "米");
        case UiLanguage::En:
            break;
    }
    return n + (km ? " km" : " m");
}

std::string attributionText(UiLanguage language) {
    switch (language) {
        case UiLanguage::Ru:
            return "Основа карты: Natural Earth  ·  Координаты: GeoNames (CC BY 4.0)  ·  "
                   "Данные об инвестициях и коридоре: источник в каждой строке (assets/data)";
        case UiLanguage::Zh:
            return "底图：Natural Earth  ·  坐标：GeoNames (CC BY 4.0)  ·  "
                   "投资与走廊数据：每行注明来源 (assets/data)";
        case UiLanguage::En:
            break;
    }
    return "Base map: Natural Earth  ·  Coordinates: GeoNames (CC BY 4.0)  ·  "
           "Investment and corridor data: sources per row (assets/data)";
}

std::string tonnageTagTitle(double tonnes, int year, UiLanguage language) {
    const std::string y = std::to_string(year);
    switch (language) {
        case UiLanguage::Ru:
            return decimalComma(format("%.2f", tonnes / 1e6)) + " млн т в " + y + " г.";
        case UiLanguage::Zh:
            return y + "年：" + format("%.0f", tonnes / 1e4) + "万吨";
        case UiLanguage::En:
            break;
    }
    return format("%.2f", tonnes / 1e6) + " Mt in " + y;
}

std::string tonnageTagDetail(UiLanguage language) {
    switch (language) {
        case UiLanguage::Ru:
            return "Все грузы ТМТМ (Минтранс РК)";
        case UiLanguage::Zh:
            return "TITR货运总量（哈萨克斯坦交通部）";
        case UiLanguage::En:
            break;
    }
    return "TITR total cargo (KZ MinTransport)";
}

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Length of the valid UTF-8 sequence at the start of `s` (1..4), or 0 when it is not one
// (overlong forms, surrogates and code points past U+10FFFF are not).
size_t utf8Length(const std::string& s, size_t at) {
    const auto b = [&](size_t i) { return static_cast<unsigned char>(s[at + i]); };
    const size_t left = s.size() - at;
    const unsigned char c = b(0);
    size_t n = 0;
    uint32_t cp = 0;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (left < n) return 0;
    for (size_t i = 1; i < n; ++i) {
        if ((b(i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i) & 0x3Fu);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

}  // namespace

std::string decodeUrlForDisplay(std::string_view url) {
    // Decode every escape, remembering how each byte was typed, then keep the decoded bytes only
    // where they form a multi-byte UTF-8 character: an escaped ASCII character ("%2F", "%20",
    // "%0A") stays as typed, so the text never hides what the link is.
    std::string bytes;
    std::vector<std::string_view> typed;  // per decoded byte: "%D0", or the character itself
    for (size_t i = 0; i < url.size(); ++i) {
        if (url[i] == '%' && i + 2 < url.size() && hexValue(url[i + 1]) >= 0 &&
            hexValue(url[i + 2]) >= 0) {
            bytes.push_back(static_cast<char>(hexValue(url[i + 1]) * 16 + hexValue(url[i + 2])));
            typed.push_back(url.substr(i, 3));
            i += 2;
        } else {
            bytes.push_back(url[i]);
            typed.push_back(url.substr(i, 1));
        }
    }
    std::string out;
    for (size_t i = 0; i < bytes.size();) {
        const size_t n = utf8Length(bytes, i);
        if (n > 1) {
            out.append(bytes, i, n);
            i += n;
        } else {
            out.append(typed[i]);
            ++i;
        }
    }
    return out;
}

}  // namespace scene
