// run(source, options) -> result: the one entry point of the engine.
//
// Everything outside engine/ (the CLI, the wasm binding, the tests) goes
// through this header. The engine never prints: it returns what the program
// printed, how it ended and the trace, and the caller decides what to show.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"
#include "diag/diagnostic.h"
#include "trace/trace.h"

namespace sh {

struct RunOptions {
  std::string fileName = "main.rs";
  uint64_t stepBudget = limits::kDefaultStepBudget;
  std::string stdinText;  // what `read_line` reads
};

enum class Outcome {
  Finished,         // main returned: exit code 0
  CompileError,     // rejected before running: diagnostics say why, exit code 1
  Panicked,         // a panic: panicMessage and panicAt, exit code 101
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
  std::string runtimeStderr; // what the program wrote to stderr (eprintln!)
  Trace trace;

  int exitCode() const;
  // What rustc's program would print on stderr: rendered diagnostics, the
  // panic report, or the limit that stopped the run.
  std::string stderrText() const;
};

RunResult run(std::string_view source, const RunOptions& options = {});

// The whole result as JSON (schema: engine/trace/SCHEMA.md).
std::string resultToJson(const RunResult& result);
// The memory at one step, decoded for drawing (schema: engine/trace/SCHEMA.md).
std::string viewToJson(const RunResult& result, size_t step);
// The memory at one step as a text diagram: stack above, heap below.
std::string renderDiagram(const RunResult& result, size_t step);

}  // namespace sh
