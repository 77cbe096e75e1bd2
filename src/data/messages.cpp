#include "data/messages.h"

#include <algorithm>

namespace data {

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
    messages.push_back(Message{severity, file, line, column, text});
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
