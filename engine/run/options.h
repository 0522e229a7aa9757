// What a caller may choose about one run: the file name diagnostics show,
// the step budget and the program's standard input. The interpreter reads
// these; api/ fills them in from the CLI's flags or the page's request.
#pragma once

#include <cstdint>
#include <string>

#include "base/limits.h"

namespace sh {

struct RunOptions {
  std::string fileName = "main.rs";
  uint64_t stepBudget = limits::kDefaultStepBudget;
  std::string stdinText;  // what `read_line` reads
};

}  // namespace sh
