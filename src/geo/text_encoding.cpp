#include "geo/text_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>

namespace geo {

std::string iconvNameForCodePage(const std::string& codePage) {
    std::string s;
    for (char c : codePage) {
        if (!std::isspace(static_cast<unsigned char>(c))) {
            s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    if (s.empty()) return "";
    if (s == "UTF-8" || s == "UTF8" || s == "65001") return "UTF-8";
    // ESRI and GDAL spellings: "ANSI 1251" is Windows-1251, "8859-5" is ISO-8859-5.
    if (s.rfind("ANSI", 0) == 0 && s.size() > 4) s = s.substr(4);
    if (s.rfind("8859-", 0) == 0 && s.size() > 5) return "ISO-8859-" + s.substr(5);
    if (s.rfind("LDID/", 0) == 0) {
        // DBF language driver ids (byte 29 of the header), which shapelib reports as "LDID/<n>".
        static const struct {
            const char* id;
            const char* name;
        } kDrivers[] = {{"1", "CP437"},    {"2", "CP850"},    {"3", "CP1252"},   {"100", "CP852"},
                        {"101", "CP866"},  {"200", "CP1250"}, {"201", "CP1251"}, {"202", "CP1254"},
                        {"203", "CP1253"}, {"204", "CP1257"}};
        const std::string id = s.substr(5);
        for (const auto& d : kDrivers) {
            if (id == d.id) return d.name;
        }
        return "";  // 0 and 87 ("current ANSI") and unknown ids say nothing usable
    }
    bool digits = std::all_of(s.begin(), s.end(),
                              [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (digits) {
        if (s.size() == 5 && s.rfind("8859", 0) == 0) return "ISO-8859-" + s.substr(4);
        return "CP" + s;
    }
    if (s.rfind("ISO8859", 0) == 0) {
        const size_t d = s.find_first_of("0123456789", 7);
        return d == std::string::npos ? "" : "ISO-8859-" + s.substr(d);
    }
    return s;
}

bool isValidUtf8(const std::string& s) {
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = 0;
        // The allowed range of the second byte rules out overlong forms, UTF-16 surrogates
        // (ED A0..BF) and code points above U+10FFFF (RFC 3629, table 3-7 of Unicode).
        unsigned char lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            len = 1;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return false;
        }
        if (i + len > n) return false;
        for (size_t k = 1; k < len; ++k) {
            const unsigned char b = static_cast<unsigned char>(s[i + k]);
            const unsigned char bl = k == 1 ? lo : 0x80;
            const unsigned char bh = k == 1 ? hi : 0xBF;
            if (b < bl || b > bh) return false;
        }
        i += len;
    }
    return true;
}

namespace {

std::string convert(const std::string& text, const char* from, bool* ok) {
    *ok = false;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return {};
    std::string out(text.size() * 4 + 4, '\0');
    char* in = const_cast<char*>(text.data());
    size_t inLeft = text.size();
    char* dst = out.data();
    size_t outLeft = out.size();
    const size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
    iconv_close(cd);
    if (rc == static_cast<size_t>(-1)) return {};
    out.resize(out.size() - outLeft);
    *ok = true;
    return out;
}

}  // namespace

std::string toUtf8(const std::string& text, const std::string& encoding) {
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii || encoding == "UTF-8") return text;
    bool ok = false;
    if (!encoding.empty()) {
        std::string r = convert(text, encoding.c_str(), &ok);
        if (ok) return r;
    }
    if (isValidUtf8(text)) return text;
    std::string r = convert(text, "CP1252", &ok);
    return ok ? r : text;
}

}  // namespace geo
