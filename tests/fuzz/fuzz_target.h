// The libFuzzer entry point every fuzz target defines. Built two ways: with clang's
// -fsanitize=fuzzer (CORRIDOR_BUILD_FUZZERS) and, always, with replay_main.cpp as a plain program
// that ctest runs over the seed and regression corpora. Standard library only.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
