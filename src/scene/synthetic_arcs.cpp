#include "scene/synthetic_arcs.h"

#include <algorithm>
#include <limits>
#include <random>

namespace scene {

std::vector<ArcInstance> syntheticArcs(size_t count, const geo::LonLatBox& window,
                                       const geo::Projection& projection, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lon(window.lonMin, window.lonMax);
    std::uniform_real_distribution<double> lat(window.latMin, window.latMax);
    // Origins: a handful of Chinese investor cities, as in the real data.
    const geo::LonLat origins[] = {{116.39, 39.93}, {121.47, 31.23}, {87.6, 43.8}, {108.93, 34.26}};
    std::uniform_int_distribution<int> pickOrigin(0, 3);
    std::uniform_int_distribution<int> year(2005, 2025);
    std::uniform_int_distribution<int> sector(0, 2);
    std::lognormal_distribution<double> amount(19.5, 1.4);  // median ~$300 M, a long tail
    const Rgba colors[] = {sectorColor(data::Sector::TransportLogistics, "dark"),
                           sectorColor(data::Sector::OilGasEnergy, "dark"),
                           sectorColor(data::Sector::OtherEconomic, "dark")};
    ArcScale scale;
    scale.maxAmountUsd = 7e9;
    std::vector<ArcInstance> arcs;
    arcs.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        ArcInstance a;
        a.originWorld = projection.forward(origins[pickOrigin(rng)]);
        a.destWorld = projection.forward({lon(rng), lat(rng)});
        const double usd = std::min(amount(rng), scale.maxAmountUsd);
        a.widthPt = scale.widthPt(usd);
        const int sec = sector(rng);
        a.color = colors[sec];
        a.sector = static_cast<data::Sector>(sec);
        a.amountUsd = usd;  // of no stated kind (amountKind -1)
        a.yearStart = static_cast<float>(year(rng));
        a.bend = kArcBaseBend;
        if (i % 10 == 0) {
            a.flags |= kArcUnknownAmount;
            a.widthPt = scale.unknownWidthPt;
            a.amountUsd = std::numeric_limits<double>::quiet_NaN();
        }
        if (i % 7 == 0) a.flags |= kArcLowConfidence;
        a.flowIndex = static_cast<uint32_t>(i);
        arcs.push_back(a);
    }
    return arcs;
}

}  // namespace scene
