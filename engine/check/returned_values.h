// The values a function's body gives back: its tail (through blocks and
// parentheses) and every `return`'s operand outside nested closures. Kept
// apart so that the checks of escaping borrows (check/resolve_opaque.cpp,
// check/resolve_dyn.cpp) see the same places.
#pragma once

#include <vector>

#include "syntax/ast.h"

namespace sh {

std::vector<const Expr*> returnedValues(const Block& body);

}  // namespace sh
