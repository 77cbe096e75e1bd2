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

// A byte order mark pasted inside a cell ("\xEF\xBB\xBFKAZ") makes "'KAZ' is not a country"
// look absurd; name it.
std::string visible(std::string text) {
    static const std::string kBom = "\xEF\xBB\xBF";
    for (std::size_t at = text.find(kBom); at != std::string::npos; at = text.find(kBom, at + 5)) {
        text.replace(at, kBom.size(), "<BOM>");
    }
    return text;
}

std::string moreText(Severity severity, int more) {
    return "... and " + std::to_string(more) + " more " +
           (severity == Severity::Error ? "errors" : "warnings") + " in this file (the first " +
           std::to_string(kMaxMessagesPerFile) + " are listed)";
}

// The "... and N more" line of this file and severity at the end of `messages`, if any. Only the
// run of messages for `file` at the end is searched (at most 2 * kMaxMessagesPerFile + 2 long,
// since messages past the cap are not stored); `kept` gets how many it holds of `severity`.
Message* moreLine(std::vector<Message>& messages, Severity severity, const std::string& file,
                  int* kept) {
    *kept = 0;
    Message* found = nullptr;
    for (auto it = messages.rbegin(); it != messages.rend() && it->file == file; ++it) {
        if (it->severity != severity) continue;
        if (it->more > 0)
            found = &*it;
        else
            ++*kept;
    }
    return found;
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
    // The common flood (one kind of message per row) finds its line at once.
    for (std::size_t back = 1; back <= 2 && back <= messages.size(); ++back) {
        Message& last = messages[messages.size() - back];
        if (last.more > 0 && last.severity == severity && last.file == file) {
            last.text = moreText(severity, ++last.more);
            return;
        }
    }
    int kept = 0;
    if (Message* more = moreLine(messages, severity, file, &kept)) {
        more->text = moreText(severity, ++more->more);
        return;
    }
    if (kept >= kMaxMessagesPerFile) {
        messages.push_back(Message{severity, file, 0, "", moreText(severity, 1), 1});
        return;
    }
    messages.push_back(
        Message{severity, file, line, shortened(visible(column)), shortened(visible(text))});
}

int countErrors(const std::vector<Message>& messages) {
    int n = 0;
    for (const Message& m : messages) {
        if (m.severity == Severity::Error) n += m.more > 0 ? m.more : 1;
    }
    return n;
}

int countWarnings(const std::vector<Message>& messages) {
    int n = 0;
    for (const Message& m : messages) {
        if (m.severity == Severity::Warning) n += m.more > 0 ? m.more : 1;
    }
    return n;
}

}  // namespace data
