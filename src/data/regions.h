// Groups destination countries (ISO alpha-3) into the map's macro-regions for region totals.
// A fixed classification in code, not data; standard library only.
#pragma once

#include <string_view>
#include <vector>

namespace data {

// "central_asia" (KAZ KGZ TJK TKM UZB), "china" (CHN), "south_caucasus" (ARM AZE GEO),
// "turkiye" (TUR), "europe" (EU members and other European states), "other" for the rest.
std::string_view regionOfCountry(std::string_view iso3);
// All region names regionOfCountry can return, in display order.
const std::vector<std::string_view>& regionNames();

}  // namespace data
