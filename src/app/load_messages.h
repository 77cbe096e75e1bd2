// Load problems as a person reads them: each once, the first few in full, then a count of the
// rest, so a thousand bad records neither flood the terminal nor the panel. Pure except print.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace app {

// How many load messages are shown in full, on stderr and in the window's panel.
constexpr size_t kMaxShownMessages = 20;

// `messages` without repeats (the first of each kept, in order), at most `max` of them, then
// "... and N more" when some were left out.
std::vector<std::string> cappedMessages(const std::vector<std::string>& messages,
                                        size_t max = kMaxShownMessages);

// cappedMessages on `out`, one line each as "<severity>: <message>" (severity "warning" or
// "error"), the count of the rest as "<severity>: ... and N more <severity>s".
void printMessages(std::FILE* out, const char* severity, const std::vector<std::string>& messages,
                   size_t max = kMaxShownMessages);

// The lines of the window's panel for load problems: the errors, then the warnings (each
// "warning: ..."), each list capped as above.
std::vector<std::string> panelMessages(const std::vector<std::string>& errors,
                                       const std::vector<std::string>& warnings);

}  // namespace app
