// Load messages (warnings and errors) collected while reading data files, and their text form
// `file:line: column: problem`. Plain data; depends only on the standard library.
#pragma once

#include <string>
#include <vector>

namespace data {

enum class Severity { Warning, Error };

struct Message {
    Severity severity = Severity::Error;
    std::string file;    // file name as given to the loader (usually without the folder)
    int line = 0;        // 1-based physical line where the record starts; 0 = the whole file
    std::string column;  // header name of the offending column; empty = the whole row or file
    std::string text;    // the problem, without a trailing full stop
    int more = 0;  // > 0: this line stands for `more` messages left out ("... and 99900 more")
};

// A file keeps its first kMaxMessagesPerFile warnings and its first kMaxMessagesPerFile errors;
// the rest are counted in one "... and N more" line each, so a million bad rows print 101 lines.
constexpr int kMaxMessagesPerFile = 100;

// `file:line: column: problem`; the line and column parts are left out when unknown.
std::string formatMessage(const Message& message);

// Appends a message; a small helper so loaders read as a list of checks. A column or text over
// 960 bytes (a quoted 10 MB cell) keeps its start and end with the middle cut out; a byte order
// mark inside it (invisible in a terminal) shows as <BOM>. Past kMaxMessagesPerFile messages of
// one severity in a run of messages for the same file, the message is only counted.
void addMessage(std::vector<Message>& messages, Severity severity, const std::string& file,
                int line, const std::string& column, const std::string& text);

// Counts include the messages left out (Message::more).
int countErrors(const std::vector<Message>& messages);
int countWarnings(const std::vector<Message>& messages);

}  // namespace data
