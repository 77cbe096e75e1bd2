#include "data/messages.h"

#include <algorithm>

namespace data {

namespace {

bool isUtf8Continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Messages quote cells, and a cell can be megabytes long: keep its start and its end (where the
// problem is named), cut on UTF-8 character boundaries.
std::string shortened(const std::string& text) {
    constexpr std::size_t kMax = 960, kHead = 600, kTail = 240;
    if (text.size() <= kMax) return text;
    std::size_t head = kHead;
    while (head > 0 && isUtf8Continuation(text[head])) --head;
    std::size_t tail = text.size() - kTail;
    while (tail < text.size() && isUtf8Continuation(text[tail])) ++tail;
    return text.substr(0, head) + " [... " + std::to_string(tail - head) + " bytes ...] " +
           text.substr(tail);
}

}  // namespace

std::string formatMessage(const Message& message) {
    std::string out = message.file;
    if (message.line > 0) out += ":" + std::to_string(message.line);
    out += ": ";
    if (!message.column.empty()) out += message.column + ": ";
    out += message.text;
    return out;
}

void addMessage(std::vector<Message>& messages, Severity severity, const std::string& file,
                int line, const std::string& column, const std::string& text) {
    messages.push_back(Message{severity, file, line, shortened(column), shortened(text)});
}

int countErrors(const std::vector<Message>& messages) {
    return static_cast<int>(std::count_if(messages.begin(), messages.end(), [](const Message& m) {
        return m.severity == Severity::Error;
    }));
}

int countWarnings(const std::vector<Message>& messages) {
    return static_cast<int>(messages.size()) - countErrors(messages);
}

}  // namespace data
