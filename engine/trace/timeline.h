// The timeline of a run: a few numbers per step, and the run's totals.
//
// A page that keeps a million-step trace in its worker still draws the whole
// run at once (a strip of marks, the live heap bytes as a line) and compares
// two runs by their totals. Asking for a million views would take minutes;
// these numbers come from one pass over the events instead, without
// replaying memory: the heap's live bytes follow the allocator's events
// exactly as MemoryImage's counters do, and the stack's depth follows the
// calls and returns. They cross to the page as typed arrays
// (engine/wasm/binding.cpp), about 20 bytes a step.
#pragma once

#include <cstdint>
#include <vector>

#include "base/source.h"
#include "trace/trace.h"

namespace sh {

// What a whole run did, counted from its events.
struct RunTotals {
  uint64_t allocations = 0, reallocs = 0, frees = 0, leaks = 0;
  uint64_t movedCells = 0;      // reallocations that moved the cell to a new address
  uint64_t bytesAllocated = 0;  // asked of the allocator: every allocation, and what each realloc added
  uint64_t peakBytes = 0, finalBytes = 0;  // heap bytes live at the most and after the last step
  uint64_t moves = 0, copies = 0, drops = 0, prints = 0;
};

// One entry per step in each array.
struct Timeline {
  std::vector<uint8_t> kinds;         // StepKind, numbered in SH_STEP_KINDS order
  std::vector<uint16_t> events;       // which kinds of event the step holds: bit k for EventKind k
  std::vector<uint32_t> lines;        // the step's first line, from 1
  std::vector<uint32_t> liveBytes;    // heap bytes live after the step (the heap is at most 64 MiB)
  std::vector<uint64_t> stdoutBytes;  // bytes printed up to and including the step
  RunTotals totals;
  uint64_t depthAfterLast = 0;        // frames on the stack after the last step
};

static_assert(kEventKindCount <= 16, "Timeline::events holds one bit per event kind");

Timeline makeTimeline(const Trace& trace, const SourceFile& source);

// The step a run is first shown at, or -1 when it has none: the last step
// before main's closing drops and return when it finished (after them the
// stack is empty and shows nothing), a panic's own step (the unwinding
// follows it), the last step when a limit stopped it (the moment it stopped
// is the one to see).
int64_t openingStep(const Trace& trace, const Timeline& timeline, bool finished);

}  // namespace sh
