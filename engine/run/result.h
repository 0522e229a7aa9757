// What a run produced: how it ended, what it printed, its diagnostics and
// its trace. The interpreter's stage (run/) defines it because it is the
// output of running; the presentation (show/) reads it, and api/ hands it out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "trace/trace.h"

namespace sh {

enum class Outcome {
  Finished,         // main returned: exit code 0
  ReturnedError,    // main returned Err(e): `Error: {e:?}` on stderr, exit code 1
  CompileError,     // rejected before running: diagnostics say why, exit code 1
  Panicked,         // a panic unwound out of main: panicMessage and panicAt, exit code 101
  PanicInCleanup,   // a destructor panicked while a panic unwound: Rust aborts (SIGABRT)
  Exited,           // std::process::exit: exitStatus, nothing dropped
  BudgetExhausted,  // the step budget ran out: the trace stops there
  StackOverflow,    // the call depth limit: Rust's "has overflowed its stack"
  OutOfMemory,      // the simulated heap is full: "memory allocation of N bytes failed"
};

const char* outcomeName(Outcome outcome);

struct Checked;  // the checked program: syntax tree and type table (check/checker.h)

struct RunResult {
  std::shared_ptr<const SourceFile> source;
  std::shared_ptr<const Checked> program;  // null when parsing failed
  Outcome outcome = Outcome::Finished;
  std::vector<Diagnostic> diagnostics;
  std::string stdoutText;
  std::string panicMessage;  // Panicked: the message; other abnormal ends: the message to show
  LineCol panicAt;           // Panicked: where
  int exitStatus = 0;        // Exited: the status process::exit was given (its low byte)
  std::string panicFile;     // Panicked inside std: the std source file panicAt is in (empty: the program's file)
  std::string runtimeStderr; // what the program wrote to stderr (eprintln!, and each panic's report)
  Trace trace;

  int exitCode() const;
  // What rustc's program would print on stderr: rendered diagnostics, the
  // panic report, or the limit that stopped the run.
  std::string stderrText() const;
};

}  // namespace sh
