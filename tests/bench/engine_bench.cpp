// stack-heap-bench: one workload, timed in-process through sh::run.
//
//   stack-heap-bench FILE [--budget N] [--runs N] [--views N]
//
// Runs FILE N times (default 5; more for a fast workload, see below) with the given step budget and prints one
// JSON line: the outcome, steps, the median and fastest sh::run time (the
// run includes recording the trace), the trace's in-memory footprint
// (Trace::memoryFootprint), the size and time of its JSON form, and the
// process's peak RSS (getrusage ru_maxrss) taken after the runs and before
// the JSON is built. scripts/bench runs a fresh process per workload, so the
// peak is that workload's.
//
// With --views N it also times views of the run's steps as the page asks for
// them: N steps spread evenly over the trace, each view's JSON made by a
// sh::Session, first for one session alone, then for two sessions of the same
// program asked alternately (the compare view, page elements sharing one
// worker). Both sessions are warmed first (their keyframes made), so the two
// figures compare steady states: the second should cost about what the
// first does, since each session replays from its own keyframes. Each is the
// fastest of several alternating passes (see timeViews).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "api/session.h"

namespace {

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string jsonQuote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

struct ViewTimes {
  double oneMs = 0, twoMs = 0;  // per view
  size_t views = 0;
};

// Views at `count` steps spread evenly over the run, asked of `a` alone, then
// of `a` and `b` in turn. The two kinds of pass alternate, at least 5 of each
// and more until they add up to 400 ms, and each figure is its fastest pass
// per view, so a burst of load on a shared machine favours neither.
ViewTimes timeViews(sh::Session& a, sh::Session& b, size_t count) {
  const size_t steps = a.stepCount();
  ViewTimes out;
  if (steps == 0 || count == 0) return out;
  count = std::min(count, steps);
  const size_t stride = steps / count;
  size_t sink = 0;
  auto pass = [&](bool both) {
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < count; ++i) {
      sink += a.view(i * stride).size();
      if (both) sink += b.view(i * stride).size();
    }
    return msSince(start);
  };
  pass(true);  // warm: both sessions make their keyframes
  out.oneMs = out.twoMs = 1e300;
  double total = 0;
  for (int round = 0; round < 5 || (total < 400 && round < 1000); ++round) {
    const double one = pass(false), two = pass(true);
    total += one + two;
    out.oneMs = std::min(out.oneMs, one / static_cast<double>(count));
    out.twoMs = std::min(out.twoMs, two / static_cast<double>(2 * count));
  }
  out.views = count;
  if (sink == 0) std::cerr << "stack-heap-bench: every view was empty\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: stack-heap-bench FILE [--budget N] [--runs N] [--views N]\n";
    return 2;
  }
  sh::RunOptions options;
  options.fileName = argv[1];
  int runs = 5;
  size_t viewCount = 0;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--budget") options.stepBudget = std::stoull(argv[i + 1]);
    else if (flag == "--runs") runs = std::max(1, std::stoi(argv[i + 1]));
    else if (flag == "--views") viewCount = std::stoull(argv[i + 1]);
    else { std::cerr << "stack-heap-bench: unknown option " << flag << "\n"; return 2; }
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) { std::cerr << "stack-heap-bench: cannot read " << argv[1] << "\n"; return 2; }
  const std::string source(std::istreambuf_iterator<char>(in), {});

  std::vector<double> times;
  size_t steps = 0, events = 0, footprint = 0;
  std::string outcome, stdoutText, message;
  // At least `runs` runs, and more (up to 1,000) until they add up to 300 ms,
  // so the median of a sub-millisecond workload is not one scheduler tick.
  double total = 0;
  for (int r = 0; r < runs || (total < 300 && r < 1000); ++r) {
    const auto start = std::chrono::steady_clock::now();
    sh::RunResult result = sh::run(source, options);
    times.push_back(msSince(start));
    total += times.back();
    steps = result.trace.steps.size();
    events = result.trace.events.size();
    footprint = result.trace.memoryFootprint();
    outcome = sh::outcomeName(result.outcome);
    stdoutText = result.stdoutText;
    message = result.outcome == sh::Outcome::Finished ? "" : result.stderrText();
  }
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  const long peakKb = usage.ru_maxrss;

  // The JSON form, once, from a fresh run (its time is not part of run_ms).
  sh::Session session(source, options);
  const auto jsonStart = std::chrono::steady_clock::now();
  const size_t jsonBytes = session.resultJson().size();
  const double jsonMs = msSince(jsonStart);

  ViewTimes views;
  if (viewCount > 0) {
    sh::Session other(source, options);
    views = timeViews(session, other, viewCount);
  }

  std::sort(times.begin(), times.end());
  const double median = times.size() % 2 ? times[times.size() / 2]
                                         : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
  std::printf(
      "{\"outcome\":%s,\"steps\":%zu,\"events\":%zu,\"runs\":%d,\"run_ms_median\":%.4f,\"run_ms_min\":%.4f,"
      "\"trace_bytes\":%zu,\"json_bytes\":%zu,\"json_ms\":%.4f,\"peak_rss_kb\":%ld,\"stdout_bytes\":%zu,"
      "\"views\":%zu,\"view_ms_one\":%.4f,\"view_ms_two\":%.4f,\"message\":%s}\n",
      jsonQuote(outcome).c_str(), steps, events, static_cast<int>(times.size()), median, times.front(), footprint, jsonBytes, jsonMs, peakKb,
      stdoutText.size(), views.views, views.oneMs, views.twoMs, jsonQuote(message.substr(0, 300)).c_str());
  return 0;
}
