// Session (see session.h): the run, its replayer and the presentations of
// show/ over the memory the replayer rebuilds.
#include "api/session.h"

#include "show/show.h"

namespace sh {

static_assert(limits::kHeapBytes <= UINT32_MAX, "Timeline::liveBytes holds any heap's live bytes");

Session::Session(std::string_view source, const RunOptions& options)
    : result_(std::make_unique<RunResult>(run(source, options))) {}

Session::Session(RunResult result) : result_(std::make_unique<RunResult>(std::move(result))) {}

std::string Session::summary() const { return summaryToJson(*result_); }

std::string Session::resultJson() const { return resultToJson(*result_); }

const MemoryImage& Session::memoryAfter(size_t n) {
  SH_CHECK(n < stepCount(), "no such step");
  if (!replayer_) replayer_ = std::make_unique<Replayer>(result_->trace);
  return replayer_->at(n);
}

std::string Session::view(size_t n) { return viewToJson(*result_, memoryAfter(n)); }

std::string Session::diagram(size_t n) { return renderDiagram(*result_, memoryAfter(n)); }

std::string Session::step(size_t n) {
  const uint64_t printed = timeline().stdoutBytes[n];
  return stepToJson(*result_, memoryAfter(n), printed);
}

// One pass over the events, without replaying memory: live bytes follow the
// allocator's events exactly as MemoryImage's counters do.
const Timeline& Session::timeline() {
  if (timeline_) return *timeline_;
  timeline_ = std::make_unique<Timeline>();
  Timeline& t = *timeline_;
  const Trace& trace = result_->trace;
  const size_t n = trace.steps.size();
  t.kinds.reserve(n);
  t.lines.reserve(n);
  t.liveBytes.reserve(n);
  t.stdoutBytes.reserve(n);
  uint64_t live = 0, printed = 0;
  for (size_t i = 0; i < n; ++i) {
    const Step& s = trace.steps[i];
    for (uint32_t k = trace.firstEventOf(i); k < trace.endEventOf(i); ++k) {
      switch (trace.events[k].kind) {
        case EventKind::Alloc: live += trace.info(k).size; break;
        case EventKind::Realloc: {
          const EventInfo e = trace.info(k);
          live += e.size - e.oldSize;
          break;
        }
        case EventKind::Free: live -= trace.info(k).size; break;
        case EventKind::Print: printed += trace.strings[trace.info(k).text].size(); break;
        case EventKind::Call: case EventKind::Return: case EventKind::Slot: case EventKind::Write:
        case EventKind::Move: case EventKind::Copy: case EventKind::Drop: case EventKind::Leak:
        case EventKind::Fill:
          break;
      }
    }
    t.kinds.push_back(static_cast<uint8_t>(s.kind));
    t.lines.push_back(result_->source->lineOf(s.start));
    t.liveBytes.push_back(static_cast<uint32_t>(live));
    t.stdoutBytes.push_back(printed);
  }
  return t;
}

}  // namespace sh
