// check(): runs the checking passes in order over a parsed program, then
// freezes the type table: from here on the checked program is read-only.
#include "check/checker.h"

#include <algorithm>

#include "check/resolver.h"

namespace sh {

namespace {

// rustc checks one function after another, in the order they are written:
// first its borrow checker (moves and borrows together), whose errors it
// reports sorted by position, then the lints on its constant arithmetic.
void checkFunctionBody(const Checked& program, const SourceFile& file, const FnInfo& fn) {
  std::vector<Diagnostic> errors = moveErrors(program, file, fn);
  try {
    checkBorrows(program, file, fn);
  } catch (const CompileError& e) {
    errors.push_back(e.diagnostic);
  }
  if (!errors.empty())
    throw CompileError(*std::min_element(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.primarySpan().start < b.primarySpan().start;
    }));
  checkConstantLints(program, fn);
}

}  // namespace

std::shared_ptr<const Checked> check(std::unique_ptr<Program> program, const SourceFile& file) {
  auto checked = std::make_shared<Checked>();
  checked->ast = std::move(program);
  Resolver(*checked, file).resolveProgram();
  for (int32_t fn : checked->fnsInSourceOrder()) checkFunctionBody(*checked, file, checked->fns[fn]);
  checked->types.freeze();
  return checked;
}

}  // namespace sh
