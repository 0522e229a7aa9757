// Session (see session.h): the run, its replayer and the presentations of
// show/ over the memory the replayer rebuilds.
#include "api/session.h"

#include "show/show.h"

namespace sh {

Session::Session(std::string_view source, const RunOptions& options)
    : result_(std::make_unique<RunResult>(run(source, options))) {}

Session::Session(RunResult result) : result_(std::make_unique<RunResult>(std::move(result))) {}

std::string Session::summary() { return summaryToJson(*result_, timeline()); }

std::string Session::resultJson() const { return resultToJson(*result_); }

const MemoryImage& Session::memoryAfter(size_t n) {
  SH_CHECK(n < stepCount(), "no such step");
  if (!replayer_) replayer_ = std::make_unique<Replayer>(result_->trace);
  return replayer_->at(n);
}

std::string Session::view(size_t n) { return viewToJson(*result_, memoryAfter(n)); }

std::string Session::diagram(size_t n) { return renderDiagram(*result_, memoryAfter(n)); }

std::string Session::stepView(size_t n) {
  const uint64_t printed = timeline().stdoutBytes[n];
  return stepViewToJson(*result_, memoryAfter(n), printed);
}

std::string Session::step(size_t n) {
  const uint64_t printed = timeline().stdoutBytes[n];
  return stepToJson(*result_, memoryAfter(n), printed);
}

const Timeline& Session::timeline() {
  if (!timeline_) timeline_ = std::make_unique<Timeline>(makeTimeline(result_->trace, *result_->source));
  return *timeline_;
}

}  // namespace sh
