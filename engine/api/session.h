// Session: one run and everything a caller asks of it afterwards.
//
// A run's trace stores only what changed, so showing step N means replaying
// to it; a Replayer keeps keyframes so that costs at most a few hundred steps
// (trace/replay.h). The session is the one owner of a run's result and of
// its replayer, so two runs shown side by side (the compare view, several
// page elements sharing one worker) each keep their own keyframes: asking
// for views of two sessions alternately costs what asking one does. There is
// no cache anywhere else.
//
// What a caller asks, cheapest first:
//   summary()   how the run ended, what it printed, its diagnostics, types
//               and step count: a few kilobytes whatever the trace's length
//   timeline()  per-step numbers for the timeline (kind, line, live heap
//               bytes after the step), worked out once from the events
//   step(n)     one step as resultJson() writes it (span, depth, stdout so
//               far, narration, events)
//   view(n)     the memory after step n decoded for drawing (SCHEMA.md)
//   diagram(n)  the same as text, for the terminal
//   resultJson  the whole run as one document, for the CLI and the tests
// Steps are numbered from 0 here; view, diagram and step check the number
// (an internal check: callers ask only for steps below stepCount()).
//
// The run itself is bounded as every run is: by RunOptions' step budget
// (the trace up to the budget is kept, and the outcome says so), the call
// depth, the stack and the heap (base/limits.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "api/run.h"
#include "trace/replay.h"

namespace sh {

// Per-step numbers, one entry per step, for drawing a timeline of the whole
// run without asking for each step.
struct Timeline {
  std::vector<uint8_t> kinds;        // StepKind, numbered in SH_STEP_KINDS order
  std::vector<uint32_t> lines;       // the step's first line, from 1
  std::vector<uint32_t> liveBytes;   // heap bytes live after the step (the heap is at most 64 MiB)
  std::vector<uint64_t> stdoutBytes; // bytes printed up to and including the step
};

class Session {
 public:
  // Runs source to its end or its first limit.
  explicit Session(std::string_view source, const RunOptions& options = {});
  // Holds a result made elsewhere (a trace built by hand in a test).
  explicit Session(RunResult result);

  const RunResult& result() const { return *result_; }
  size_t stepCount() const { return result_->trace.steps.size(); }

  std::string summary() const;
  const Timeline& timeline();
  std::string step(size_t n);
  std::string view(size_t n);
  std::string diagram(size_t n);
  std::string resultJson() const;

  // The memory right after step n, replayed from the nearest keyframe;
  // valid until the next call on this session.
  const MemoryImage& memoryAfter(size_t n);
  // Steps replayed so far for this session's views: their cost, which the
  // tests and the benchmark read.
  size_t stepsReplayed() const { return replayer_ ? replayer_->stepsApplied() : 0; }

 private:
  // Held by pointer so the replayer's reference to the trace survives a move of the session.
  std::unique_ptr<RunResult> result_;
  std::unique_ptr<Replayer> replayer_;  // made on the first step asked for
  std::unique_ptr<Timeline> timeline_;  // made when first asked for
};

}  // namespace sh
