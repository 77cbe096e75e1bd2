#include "scene/simplified_chinese.h"

#include <opencc.h>

namespace scene {

std::unique_ptr<SimplifiedChinese> SimplifiedChinese::create(std::string* error) {
    const opencc_t handle = opencc_open("t2s.json");
    if (handle == reinterpret_cast<opencc_t>(-1)) {
        if (error) *error = std::string("OpenCC t2s.json: ") + opencc_error();
        return nullptr;
    }
    return std::unique_ptr<SimplifiedChinese>(new SimplifiedChinese(handle));
}

SimplifiedChinese::~SimplifiedChinese() {
    opencc_close(static_cast<opencc_t>(m_handle));
}

std::string SimplifiedChinese::convert(const std::string& utf8) const {
    if (utf8.empty()) return utf8;
    char* out = opencc_convert_utf8(static_cast<opencc_t>(m_handle), utf8.data(), utf8.size());
    if (!out) return utf8;
    std::string result(out);
    opencc_convert_utf8_free(out);
    return result;
}

}  // namespace scene
