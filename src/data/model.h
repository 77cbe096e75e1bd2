// The timeline data model: places, Chinese investment flows, corridor segments and volumes, trade
// rows and events, as plain structs with public fields. Standard library only (no geo, no GL).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace data {

enum class PlaceKind { City, Port, BorderCrossing, DryPort, Site, Capital };
// The seed document's three categories.
enum class Sector { TransportLogistics, OilGasEnergy, OtherEconomic };
// What an amount means. Amounts of different kinds are never added together.
enum class AmountKind { TotalCost, Loan, Contract, AgreementValue, Equity };
enum class ProjectStatus {
    Announced,
    UnderConstruction,
    Operating,
    Completed,
    Suspended,
    Cancelled
};
enum class ChineseRole { Investor, Lender, Contractor };
// H: official or two agreeing sources; M: one reputable secondary source; L: weak, disputed or
// derived by arithmetic.
enum class Confidence { High, Medium, Low };
enum class TransportMode { Rail, Sea, Road };
enum class SegmentStatus { Operating, UnderConstruction, Planned };
// Unstated: a figure an official quoted without saying whose statistics it is; its own series,
// never joined to the customs or the national one.
enum class TradeBasis { ChinaCustoms, National, Unstated };
enum class EventKind { Milestone, Summit, Agreement, Opening };

struct Place {
    std::string id;       // lowercase ascii id used by the other files
    std::string name;     // English name
    std::string nameRu;   // may be empty
    std::string nameZh;   // may be empty
    std::string country;  // ISO 3166-1 alpha-3
    double lon = 0.0;     // degrees east, WGS84
    double lat = 0.0;     // degrees north, WGS84
    PlaceKind kind = PlaceKind::City;
    std::string coordSource;
    std::string note;
    int line = 0;  // line in places.csv, for messages
};

// One Chinese-financed, -lent or -built project or agreement, drawn as an arc origin ->
// destination.
struct Flow {
    std::string id;
    std::string name;
    Sector sector = Sector::OtherEconomic;
    std::string subsector;  // one of kSubsectors (flows.h)
    std::string originId;   // place id (Chinese side)
    std::string destinationId;
    std::optional<double> amountUsd;  // nominal USD; empty when no sourced figure exists
    std::optional<AmountKind> amountKind;
    int yearStart = 0;
    std::optional<int> yearEnd;  // last year the flow is shown (halted, cancelled); empty = ongoing
    ProjectStatus status = ProjectStatus::Announced;
    ChineseRole chineseRole = ChineseRole::Investor;
    // A joint venture: China's share of what the amount measures, in percent (0 < share < 100).
    // Empty when the Chinese party holds the whole of it (or the amount is already its part).
    std::optional<double> chineseSharePct;
    Confidence confidence = Confidence::Low;
    std::string source;
    std::string sourceUrl;
    std::string note;
    int line = 0;
};

// What a status says about the money: only projects being built or done have spent it; an
// announced, agreed, suspended or cancelled one is a promise or an estimate.
bool isRealised(ProjectStatus status);

// One drawing waypoint of a corridor segment's shape.
struct ShapePoint {
    double lon = 0.0;  // degrees east, WGS84
    double lat = 0.0;  // degrees north, WGS84
};

struct CorridorSegment {
    std::string id;
    std::string fromId;
    std::string toId;
    std::vector<std::string> viaIds;  // intermediate place ids giving the shape, in order
    // Drawing waypoints (WGS84 degrees, in travel order) that keep the drawn line on land or at
    // sea; merged with the vias in travel order. Cartographic, not sourced geography.
    std::vector<ShapePoint> shape;
    TransportMode mode = TransportMode::Rail;
    std::optional<double> lengthKm;
    std::optional<int> yearOpen;      // empty: in service before the timeline, year not sourced
    std::optional<int> yearUpgraded;  // e.g. a second track
    std::optional<int> yearClosed;    // the last year it is shown (a service that moved away)
    // When works began (or the agreement, for a planned line), as a fractional year: a segment
    // that is not operating is drawn from then on and not before. Required unless operating.
    std::optional<double> start;
    // The yearly TITR volume (corridor_volumes.csv) measures cargo on this segment, so only
    // these segments carry the cargo particles and the year's figure.
    bool carriesVolume = false;
    SegmentStatus status = SegmentStatus::Operating;
    Confidence confidence = Confidence::Low;
    std::string source;
    std::string sourceUrl;
    std::string note;
    int line = 0;
};

// Yearly Trans-Caspian (Middle Corridor) cargo volume.
struct CorridorVolume {
    int year = 0;
    double tonnes = 0.0;
    std::optional<double> teu;
    std::string teuScope;  // what the TEU figure counts: "route" or "kz_az_seaports"
    std::string basis;  // who counted it and what (free text, e.g. "KZ MinTransport, TITR total")
    Confidence confidence = Confidence::Low;
    std::string source;
    std::string sourceUrl;
    std::string note;
    int line = 0;
};

struct TradeRow {
    int year = 0;
    std::string reporter;  // ISO alpha-3, or XCA for the five Central Asian states together
    std::string partner;
    double valueUsd = 0.0;  // nominal USD, total turnover (exports + imports)
    TradeBasis basis = TradeBasis::ChinaCustoms;
    Confidence confidence = Confidence::Low;
    std::string source;
    std::string sourceUrl;
    std::string note;
    int line = 0;
};

struct EventDate {
    int year = 0;
    int month = 0;  // 1..12; 0 = unknown
    int day = 0;    // 1..31; 0 = unknown
};

struct Event {
    EventDate date;
    std::string title;
    std::string description;
    std::string placeId;  // may be empty
    EventKind kind = EventKind::Milestone;
    Confidence confidence = Confidence::Low;
    std::string source;
    std::string sourceUrl;
    std::string note;
    int line = 0;
};

// Fractional year of a date: the start of the given day (or month, or year when unknown).
double toFractionalYear(const EventDate& date);

}  // namespace data
