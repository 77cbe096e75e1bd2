// Traditional -> Simplified Chinese for map labels, through OpenCC's t2s conversion (Debian's
// libopencc and libopencc-data). Natural Earth's NAME_ZH of populated places is often in
// Traditional characters; a map for readers of Simplified Chinese shows them converted.
// No GL, SDL or ImGui here.
#pragma once

#include <memory>
#include <string>

namespace scene {

class SimplifiedChinese {
public:
    // Opens OpenCC's t2s.json (looked up in OpenCC's data folder). nullptr when it cannot be
    // opened (package missing); *error then says why.
    static std::unique_ptr<SimplifiedChinese> create(std::string* error = nullptr);
    ~SimplifiedChinese();
    SimplifiedChinese(const SimplifiedChinese&) = delete;
    SimplifiedChinese& operator=(const SimplifiedChinese&) = delete;

    // `utf8` in Simplified characters (text without Traditional ones comes back unchanged);
    // the input itself when a conversion fails.
    std::string convert(const std::string& utf8) const;

private:
    explicit SimplifiedChinese(void* handle) : m_handle(handle) {}
    void* m_handle;  // opencc_t, closed by the destructor
};

}  // namespace scene
