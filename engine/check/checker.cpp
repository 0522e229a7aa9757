// check(): runs the checking passes in order over a parsed program, then
// freezes the type table: from here on the checked program is read-only.
#include "check/checker.h"

#include <algorithm>
#include <unordered_map>

#include "check/resolver.h"

namespace sh {

namespace {

// rustc buffers its E0596s for a local not declared `mut` by the local: two
// or more borrows of one become one error at the binding ("not mutable"),
// each borrow a label of it; a lone one stays at its borrow.
void gatherBorrowsOfImmutableLocals(std::vector<Diagnostic>& errors) {
  std::vector<Diagnostic> out;
  for (Diagnostic& d : errors) {
    if (d.notMutableBinding.empty()) {
      out.push_back(std::move(d));
      continue;
    }
    auto same = std::find_if(out.begin(), out.end(), [&](const Diagnostic& o) {
      return o.notMutableBinding.start == d.notMutableBinding.start && o.notMutableBinding.end == d.notMutableBinding.end;
    });
    if (same == out.end()) {
      out.push_back(std::move(d));
      continue;
    }
    auto siteOf = [&](const Label& l) { return l.span.start == d.primarySpan().start && l.text == "cannot borrow as mutable"; };
    if (std::any_of(same->labels.begin(), same->labels.end(), siteOf)) continue;  // the same borrow, found by both passes
    if (same->labels.front().primary) {  // the second borrow: the binding becomes the error's place
      same->labels.front().primary = false;
      same->labels.insert(same->labels.begin(), Label{same->notMutableBinding, "not mutable", true});
    }
    same->labels.push_back(Label{d.primarySpan(), "cannot borrow as mutable", false});
  }
  errors = std::move(out);
}

// rustc checks one function after another, in the order they are written:
// first its borrow checker (moves and borrows together, and what may be
// written: E0594, E0596, which the resolver found), whose errors it reports
// sorted by their spans (start, then end; at one span a mutability error
// after the others, as rustc buffers it last), then the lints on its
// constant arithmetic.
void checkFunctionBody(const Checked& program, const SourceFile& file, const FnInfo& fn) {
  std::vector<Diagnostic> errors = moveErrors(program, file, fn);
  try {
    checkBorrows(program, file, fn);
  } catch (const CompileError& e) {
    errors.push_back(e.diagnostic);
  }
  errors.insert(errors.end(), fn.mutabilityErrors.begin(), fn.mutabilityErrors.end());
  gatherBorrowsOfImmutableLocals(errors);
  if (!errors.empty())
    throw CompileError(*std::min_element(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
      Span x = a.primarySpan(), y = b.primarySpan();
      return x.start != y.start ? x.start < y.start : x.end < y.end;
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

// rustc borrow-checks a function's closures before the function itself
// (its own errors wait in a buffer until the end), an inner closure before
// the one around it: a function's closures by where they end, then the
// function, the functions in the order they are written.
std::vector<int32_t> bodiesInCheckingOrder(const Checked& program) {
  std::vector<int32_t> written = program.fnsInSourceOrder();  // by where each starts
  auto spanOf = [&](int32_t fn) { return program.fns[fn].decl->span; };
  std::unordered_map<int32_t, std::vector<int32_t>> closuresOf;  // by the innermost function (not closure) around them
  std::vector<int32_t> open;  // the functions around the current body, outermost first
  for (int32_t fn : written) {
    while (!open.empty() && spanOf(open.back()).end <= spanOf(fn).start) open.pop_back();
    if (program.fns[fn].closure >= 0 && !open.empty()) {
      closuresOf[open.back()].push_back(fn);
      continue;
    }
    closuresOf[fn];  // a function, or a closure outside every function: checked in its turn
    if (program.fns[fn].closure < 0) open.push_back(fn);
  }
  std::vector<int32_t> order;
  for (int32_t fn : written) {
    if (!closuresOf.count(fn)) continue;
    std::vector<int32_t>& closures = closuresOf[fn];
    std::stable_sort(closures.begin(), closures.end(), [&](int32_t a, int32_t b) { return spanOf(a).end < spanOf(b).end; });
    order.insert(order.end(), closures.begin(), closures.end());
    order.push_back(fn);
  }
  return order;
}

}  // namespace

std::shared_ptr<const Checked> check(std::unique_ptr<Program> program, const SourceFile& file) {
  auto checked = std::make_shared<Checked>();
  checked->ast = std::move(program);
  Resolver(*checked, file).resolveProgram();
  for (int32_t fn : bodiesInCheckingOrder(*checked)) checkFunctionBody(*checked, file, checked->fns[fn]);
  checked->types.freeze();
  rejectRetypingInPlaceCollects(*checked);
  return checked;
}

}  // namespace sh
