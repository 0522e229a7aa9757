// check(): runs the checking passes in order over a parsed program, then
// freezes the type table: from here on the checked program is read-only.
#include "check/checker.h"

#include <algorithm>

#include "check/resolver.h"

namespace sh {

namespace {

// rustc checks one function after another, in the order they are written:
// first its borrow checker (moves and borrows together, and what may be
// written: E0594, E0596, which the resolver found), whose errors it reports
// sorted by position (at one position a mutability error after the others,
// as rustc buffers it last), then the lints on its constant arithmetic.
void checkFunctionBody(const Checked& program, const SourceFile& file, const FnInfo& fn) {
  std::vector<Diagnostic> errors = moveErrors(program, file, fn);
  try {
    checkBorrows(program, file, fn);
  } catch (const CompileError& e) {
    errors.push_back(e.diagnostic);
  }
  errors.insert(errors.end(), fn.mutabilityErrors.begin(), fn.mutabilityErrors.end());
  if (!errors.empty())
    throw CompileError(*std::min_element(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.primarySpan().start < b.primarySpan().start;
    }));
  checkConstantLints(program, fn);
}

// std collects an into_iter chain into the Vec's own buffer when the new
// elements have the old ones' alignment and no larger size (run/std/
// iter.cpp, collectInPlace); the engine does that only when the element
// type stays the same, and says so for the rest rather than draw another
// allocation than Rust makes.
void rejectRetypingInPlaceCollects(const Checked& program) {
  for (const Checked::RetypingCollect& c : program.retypingCollects) {
    const Layout &a = program.types.layout(c.from), &b = program.types.layout(c.to);
    if (a.size == 0 || b.size == 0 || a.align != b.align || b.size > a.size) continue;
    Diagnostic d;
    d.code = DiagCode::None;
    d.message = "collecting `" + program.types.name(c.from) + "`s into a `Vec<" + program.types.name(c.to) +
                ">` in the buffer they came from is not supported yet";
    d.labels.push_back({c.call->nameSpan, "", true});
    throw CompileError(std::move(d));
  }
}

}  // namespace

std::shared_ptr<const Checked> check(std::unique_ptr<Program> program, const SourceFile& file) {
  auto checked = std::make_shared<Checked>();
  checked->ast = std::move(program);
  Resolver(*checked, file).resolveProgram();
  for (int32_t fn : checked->fnsInSourceOrder()) checkFunctionBody(*checked, file, checked->fns[fn]);
  checked->types.freeze();
  rejectRetypingInPlaceCollects(*checked);
  return checked;
}

}  // namespace sh
