// The timeline (see timeline.h): one pass over the events.
#include "trace/timeline.h"

#include "base/limits.h"

namespace sh {

static_assert(limits::kHeapBytes <= UINT32_MAX, "Timeline::liveBytes holds any heap's live bytes");

namespace {

// Folds one event into the running numbers: live heap bytes, bytes printed,
// stack depth and the totals.
struct Counting {
  RunTotals& totals;
  uint64_t live = 0, printed = 0, depth = 0;

  void count(const Trace& trace, uint32_t k) {
    switch (trace.events[k].kind) {
      case EventKind::Alloc: {
        const uint64_t size = trace.info(k).size;
        ++totals.allocations;
        totals.bytesAllocated += size;
        live += size;
        break;
      }
      case EventKind::Realloc: {
        const EventInfo e = trace.info(k);
        ++totals.reallocs;
        if (e.from != e.addr) ++totals.movedCells;
        if (e.size > e.oldSize) totals.bytesAllocated += e.size - e.oldSize;
        live = live + e.size - e.oldSize;
        break;
      }
      case EventKind::Free:
        ++totals.frees;
        live -= trace.info(k).size;
        break;
      case EventKind::Leak: ++totals.leaks; break;
      case EventKind::Move: ++totals.moves; break;
      case EventKind::Copy: ++totals.copies; break;
      case EventKind::Drop: ++totals.drops; break;
      case EventKind::Print: {
        const EventInfo e = trace.info(k);
        if (e.toStderr) break;  // dbg!, eprintln!: not part of stdout
        ++totals.prints;
        printed += trace.strings[e.text].size();
        break;
      }
      case EventKind::Call: ++depth; break;
      case EventKind::Return: --depth; break;
      case EventKind::Slot: case EventKind::Static: case EventKind::Write: case EventKind::Fill: break;
    }
    if (live > totals.peakBytes) totals.peakBytes = live;
  }
};

}  // namespace

Timeline makeTimeline(const Trace& trace, const SourceFile& source) {
  Timeline t;
  const size_t n = trace.steps.size();
  t.kinds.reserve(n);
  t.events.reserve(n);
  t.lines.reserve(n);
  t.liveBytes.reserve(n);
  t.stdoutBytes.reserve(n);
  Counting c{t.totals};
  for (size_t i = 0; i < n; ++i) {
    const Step& s = trace.steps[i];
    uint16_t kinds = 0;
    for (uint32_t k = trace.firstEventOf(i); k < trace.endEventOf(i); ++k) {
      kinds |= static_cast<uint16_t>(1u << static_cast<unsigned>(trace.events[k].kind));
      c.count(trace, k);
    }
    t.kinds.push_back(static_cast<uint8_t>(s.kind));
    t.events.push_back(kinds);
    t.lines.push_back(source.lineOf(s.start));
    t.liveBytes.push_back(static_cast<uint32_t>(c.live));
    t.stdoutBytes.push_back(c.printed);
  }
  t.totals.finalBytes = c.live;
  t.depthAfterLast = c.depth;
  return t;
}

int64_t openingStep(const Trace& trace, const Timeline& timeline, bool finished) {
  const size_t n = trace.steps.size();
  if (n == 0) return -1;
  size_t i = n - 1;
  if (!finished) {  // a panic opens at its step, before the unwinding; anything else at the end
    for (size_t k = 0; k < n; ++k)
      if (trace.steps[k].kind == StepKind::Panic) return static_cast<int64_t>(k);
    return static_cast<int64_t>(i);
  }
  // Walk back over main's closing drops and return, undoing each step's
  // calls and returns to know the depth after the step before.
  int64_t depth = static_cast<int64_t>(timeline.depthAfterLast);
  while (i > 0 && depth <= 1 && (trace.steps[i].kind == StepKind::Drop || trace.steps[i].kind == StepKind::Return)) {
    for (uint32_t k = trace.firstEventOf(i); k < trace.endEventOf(i); ++k) {
      if (trace.events[k].kind == EventKind::Call) --depth;
      if (trace.events[k].kind == EventKind::Return) ++depth;
    }
    --i;
  }
  return static_cast<int64_t>(i);
}

}  // namespace sh
