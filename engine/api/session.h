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
//   summary()   how the run ended, what it printed, its diagnostics, types,
//               step count, the step to open it at and its totals: a few
//               kilobytes whatever the trace's length
//   timeline()  per-step numbers for the timeline (kind, kinds of event,
//               line, live heap bytes and stdout bytes after the step), worked
//               out once from the events (trace/timeline.h)
//   stepView(n) the memory after step n decoded for drawing, with the step
//               itself and its events: all the page asks for a step
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
#include "trace/timeline.h"

namespace sh {

class Session {
 public:
  // Runs source to its end or its first limit.
  explicit Session(std::string_view source, const RunOptions& options = {});
  // Holds a result made elsewhere (a trace built by hand in a test).
  explicit Session(RunResult result);

  const RunResult& result() const { return *result_; }
  size_t stepCount() const { return result_->trace.steps.size(); }

  std::string summary();
  const Timeline& timeline();
  std::string stepView(size_t n);
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
