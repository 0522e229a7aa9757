// A learner's mistake is a value: a Diagnostic made where the mistake is
// found, carrying the spans it concerns, and rendered in exactly one place in
// rustc's format. (A bug of ours is not a Diagnostic: it is an internal check
// that fails loudly, see SH_CHECK below.)
//
// Codes follow rustc (E0308, E0382, ...) and come from one list,
// diag/codes.def. Problems rustc has no code for, and constructs outside our
// subset, have DiagCode::None and render as `error: ...`.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/source.h"

namespace sh {

struct Label {
  Span span;
  std::string text;  // may be empty: carets alone
  bool primary = false;
};

enum class DiagCode : uint8_t {
  None,  // rustc has no code for it (a lint, a syntax error) or it is outside our subset
#define SH_DIAG_CODE(code, summary) code,
#include "diag/codes.def"
#undef SH_DIAG_CODE
};

// "E0382", or "" for DiagCode::None.
const char* codeName(DiagCode code);

struct Diagnostic {
  DiagCode code = DiagCode::None;
  std::string message;  // the headline: "borrow of moved value: `s`"
  std::vector<Label> labels;  // the first primary label gives ` --> file:line:col`
  std::vector<std::string> notes;  // rendered as `= note: ...`
  std::vector<std::string> helps;  // rendered as `= help: ...`
  // A plain-English sentence about memory, shown after rustc's lines
  // (e.g. what a reallocation would do to an outstanding reference).
  std::string explanation;
  // E0596 on a local not declared `mut`: its binding, where rustc gathers
  // two or more such borrows of the local into one error (check/checker.cpp).
  Span notMutableBinding = {};

  Span primarySpan() const;
};

// Renders one diagnostic the way rustc prints it:
//   error[E0384]: cannot assign twice to immutable variable `x`
//    --> main.rs:3:5
//     |
//   2 |     let x = 5;
//     |         - first assignment to `x`
//   3 |     x = 6;
//     |     ^^^^^ cannot assign twice to immutable variable
std::string renderDiagnostic(const Diagnostic& d, const SourceFile& file);

// All diagnostics followed by rustc's closing lines ("error: aborting due to
// N previous errors" and the `rustc --explain` hint).
std::string renderDiagnostics(const std::vector<Diagnostic>& ds, const SourceFile& file);

// Thrown by a stage that cannot go on after a learner's mistake.
struct CompileError : std::runtime_error {
  explicit CompileError(Diagnostic d) : std::runtime_error(d.message), diagnostic(std::move(d)) {}
  Diagnostic diagnostic;
  std::vector<Diagnostic> also;  // errors rustc reports together with the first (rare: `i32 + u8`)
};

// An internal invariant of the engine. Failing one is our bug, never the
// learner's: it aborts the run with a message naming the broken invariant.
struct InternalError : std::logic_error {
  using std::logic_error::logic_error;
};

}  // namespace sh

#define SH_CHECK(cond, what)                                                       \
  do {                                                                             \
    if (!(cond)) throw ::sh::InternalError(std::string("internal check failed: ") + (what)); \
  } while (0)
