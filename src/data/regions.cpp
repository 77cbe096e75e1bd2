#include "data/regions.h"

#include <algorithm>
#include <array>

namespace data {

std::string_view regionOfCountry(std::string_view iso3) {
    static constexpr std::array<std::string_view, 5> kCentralAsia = {"KAZ", "KGZ", "TJK", "TKM",
                                                                     "UZB"};
    static constexpr std::array<std::string_view, 3> kSouthCaucasus = {"ARM", "AZE", "GEO"};
    static constexpr std::array<std::string_view, 44> kEurope = {
        "ALB", "AND", "AUT", "BEL", "BGR", "BIH", "BLR", "CHE", "CYP", "CZE", "DEU",
        "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GRC", "HRV", "HUN", "IRL", "ISL",
        "ITA", "LIE", "LTU", "LUX", "LVA", "MCO", "MDA", "MKD", "MLT", "MNE", "NLD",
        "NOR", "POL", "PRT", "ROU", "SMR", "SRB", "SVK", "SVN", "SWE", "UKR", "XKX"};
    auto in = [&](const auto& list) {
        return std::find(list.begin(), list.end(), iso3) != list.end();
    };
    if (in(kCentralAsia)) return "central_asia";
    if (iso3 == "CHN") return "china";
    if (in(kSouthCaucasus)) return "south_caucasus";
    if (iso3 == "TUR") return "turkiye";
    if (in(kEurope)) return "europe";
    return "other";
}

const std::vector<std::string_view>& regionNames() {
    static const std::vector<std::string_view> kNames = {"central_asia", "china",  "south_caucasus",
                                                         "turkiye",      "europe", "other"};
    return kNames;
}

}  // namespace data
