// Finding system fonts with fontconfig (Noto Sans, else DejaVu Sans, else whatever the system
// matches), for the panel.
#pragma once

#include <string>

namespace app {

// The file of the best installed match for `family` (e.g. "Noto Sans"), or "" if fontconfig
// finds no scalable font at all.
std::string findFontFile(const std::string& family);

}  // namespace app
