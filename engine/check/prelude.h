// std's traits and the items around them, as Rust text the checker parses
// (check/prelude.cpp says why).
#pragma once

#include "base/source.h"
#include "syntax/ast.h"

namespace sh {

const SourceFile& preludeFile();
// The prelude's syntax tree, every span at kPreludeBase or above.
Program parsePrelude();

}  // namespace sh
