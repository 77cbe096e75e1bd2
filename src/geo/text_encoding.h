// DBF text to UTF-8: the code page named by a shapefile's .cpg (or the DBF's language driver).
// No GL, SDL or ImGui here.
#pragma once

#include <string>

namespace geo {

// Normalises a .cpg / LDID code page name to an iconv encoding name: "UTF-8", "CP1251",
// "ISO-8859-1", ... Unknown or empty names give "".
std::string iconvNameForCodePage(const std::string& codePage);

bool isValidUtf8(const std::string& s);

// Converts text in `encoding` (an iconv name) to UTF-8. With an empty or unusable encoding, valid
// UTF-8 passes through and anything else is read as Windows-1252, the commonest DBF code page.
std::string toUtf8(const std::string& text, const std::string& encoding);

}  // namespace geo
