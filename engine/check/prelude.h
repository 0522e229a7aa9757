// std's traits and the items around them, as Rust text the checker parses
// (check/prelude.cpp says why).
#pragma once

#include <memory>
#include <string>

#include "base/source.h"
#include "syntax/ast.h"

namespace sh {

const SourceFile& preludeFile();
// The path std declares a type of the prelude text at (`std::cmp::Ordering`).
const char* preludePath(const std::string& name);
// The prelude's syntax tree, every span at kPreludeBase or above: parsed on
// first use and shared, read-only, by every check after it.
std::shared_ptr<const Program> preludeProgram();

}  // namespace sh
