// The session: one owner of a run's result and its replayer.
//
// Each case runs a real program through sh::Session and checks one promise
// of api/session.h: sessions keep their own keyframes (so views of two runs
// asked for alternately cost what views of one do), the cheap answers
// (summary, timeline, one step) agree with the whole-result JSON and the
// replayed memory, and a session survives being moved. A view lists a
// value's words where rustc 1.95 puts them.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "api/session.h"
#include "trace/replay.h"
#include "trace/timeline.h"

using namespace sh;

namespace {

// A Vec that grows (realloc), Strings made and dropped (alloc, free), output,
// calls and drops: every event the timeline counts.
constexpr const char* kProgram = R"(fn label(n: usize) -> String {
    let mut s = String::from("item ");
    s.push_str(&n.to_string());
    s
}

fn main() {
    let mut v = Vec::new();
    for i in 0..40 {
        v.push(i);
        let l = label(i);
        println!("{l}");
    }
    let total: usize = v.iter().sum();
    println!("{total}");
}
)";

constexpr const char* kOtherProgram = R"(fn main() {
    let mut words = Vec::new();
    for i in 0..120 {
        words.push(String::from("w"));
        words[i].push('!');
    }
    println!("{}", words.len());
}
)";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("session: views of two sessions asked alternately replay no more than views of one") {
  Session a(kProgram), b(kOtherProgram);
  REQUIRE(a.result().outcome == Outcome::Finished);
  REQUIRE(b.result().outcome == Outcome::Finished);
  const size_t n = std::min(a.stepCount(), b.stepCount());
  REQUIRE(n > 300);  // past the first keyframe interval

  Session alone(kProgram);
  std::vector<std::string> views;
  for (size_t i = 0; i < n; i += 7) views.push_back(alone.view(i));

  for (size_t i = 0, k = 0; i < n; i += 7, ++k) {
    CHECK(a.view(i) == views[k]);  // the same memory as asking one session only
    (void)b.view(i);
  }
  const size_t lastShown = (n - 1) / 7 * 7;
  CHECK(a.stepsReplayed() == alone.stepsReplayed());
  CHECK(a.stepsReplayed() == lastShown + 1);  // forward through the run once, never from the start again

  const size_t before = a.stepsReplayed();
  (void)b.view(0);
  (void)a.view(lastShown);
  CHECK(a.stepsReplayed() == before);  // the step it showed last costs nothing again
}

TEST_CASE("session: the timeline agrees with the replayed memory and the steps") {
  Session s(kProgram);
  const Timeline& t = s.timeline();
  REQUIRE(t.kinds.size() == s.stepCount());
  REQUIRE(t.lines.size() == s.stepCount());
  REQUIRE(t.liveBytes.size() == s.stepCount());
  const Trace& trace = s.result().trace;
  bool sawFree = false, sawGrowth = false;
  for (size_t i = 0; i < s.stepCount(); ++i) {
    const MemoryImage& m = s.memoryAfter(i);
    CHECK(t.liveBytes[i] == m.counters.liveBytes);
    CHECK(t.kinds[i] == static_cast<uint8_t>(trace.steps[i].kind));
    CHECK(t.lines[i] == s.result().source->lineCol(trace.steps[i].start).line);
    if (i > 0 && t.liveBytes[i] < t.liveBytes[i - 1]) sawFree = true;
    if (i > 0 && t.liveBytes[i] > t.liveBytes[i - 1]) sawGrowth = true;
  }
  CHECK(sawFree);
  CHECK(sawGrowth);
  CHECK(t.stdoutBytes.back() == s.result().stdoutText.size());
}

TEST_CASE("session: the timeline's event bits and totals count the trace's events") {
  Session s(kProgram);
  const Timeline& t = s.timeline();
  const Trace& trace = s.result().trace;
  REQUIRE(t.events.size() == s.stepCount());
  uint64_t byKind[kEventKindCount] = {};
  for (size_t i = 0; i < s.stepCount(); ++i) {
    uint16_t bits = 0;
    for (uint32_t k = trace.firstEventOf(i); k < trace.endEventOf(i); ++k) {
      bits |= static_cast<uint16_t>(1u << static_cast<unsigned>(trace.events[k].kind));
      ++byKind[static_cast<size_t>(trace.events[k].kind)];
    }
    CHECK(t.events[i] == bits);
  }
  const RunTotals& totals = t.totals;
  CHECK(totals.allocations == byKind[static_cast<size_t>(EventKind::Alloc)]);
  CHECK(totals.reallocs == byKind[static_cast<size_t>(EventKind::Realloc)]);
  CHECK(totals.frees == byKind[static_cast<size_t>(EventKind::Free)]);
  CHECK(totals.drops == byKind[static_cast<size_t>(EventKind::Drop)]);
  CHECK(totals.prints == 41);  // one println! per iteration, one after the loop
  CHECK(totals.reallocs > 0);
  uint64_t peak = 0;
  for (size_t i = 0; i < s.stepCount(); ++i) peak = std::max<uint64_t>(peak, s.memoryAfter(i).counters.peakBytes);
  CHECK(totals.peakBytes == peak);
  CHECK(totals.finalBytes == t.liveBytes.back());
}

TEST_CASE("session: a finished run opens at its last step before main's closing drops and return") {
  Session s(kProgram);
  const int64_t open = openingStep(s.result().trace, s.timeline(), true);
  REQUIRE(open > 0);
  const Trace& trace = s.result().trace;
  CHECK(trace.steps[static_cast<size_t>(open)].kind == StepKind::Statement);
  for (size_t i = static_cast<size_t>(open) + 1; i < s.stepCount(); ++i) {
    CHECK((trace.steps[i].kind == StepKind::Drop || trace.steps[i].kind == StepKind::Return));
    CHECK(s.memoryAfter(i).frames.size() <= 1);
  }
  CHECK(static_cast<size_t>(open) + 1 < s.stepCount());
  CHECK(contains(s.summary(), ",\"openingStep\":" + std::to_string(open) + ","));
  CHECK(openingStep(trace, s.timeline(), false) == static_cast<int64_t>(s.stepCount()) - 1);
}

TEST_CASE("session: a step's view is the view with the step's place and events, a write without its bytes") {
  Session s(kProgram);
  for (size_t i : {size_t{0}, size_t{3}, s.stepCount() / 2, s.stepCount() - 1}) {
    const std::string view = s.view(i), both = s.stepView(i);
    REQUIRE(view.back() == '}');
    CHECK(both.compare(0, view.size() - 1, view, 0, view.size() - 1) == 0);  // the view's fields first
    const std::string step = s.step(i);
    const size_t place = step.find(",\"narration\":");
    CHECK(contains(both, step.substr(1, place - 1)));  // kind, line, col, ... stdout
    const std::string events = both.substr(both.find(",\"events\":["));
    CHECK(!contains(events, "\"bytes\":"));
    CHECK(!contains(events, "\"text\":"));
  }
}

TEST_CASE("session: one step is the same text as that step in the whole-result JSON") {
  Session s(kProgram);
  const std::string whole = s.resultJson();
  for (size_t i : {size_t{0}, size_t{1}, s.stepCount() / 2, s.stepCount() - 1}) {
    const std::string step = s.step(i);
    CHECK(step.rfind("{\"kind\":", 0) == 0);
    CHECK(contains(whole, step));
  }
}

TEST_CASE("session: the summary is the whole result's head, with a step count instead of the steps") {
  Session s(kProgram);
  const std::string summary = s.summary(), whole = s.resultJson();
  const size_t head = whole.find(",\"steps\":[");
  REQUIRE(head != std::string::npos);
  CHECK(summary.compare(0, head, whole, 0, head) == 0);
  CHECK(contains(summary, ",\"stepCount\":" + std::to_string(s.stepCount()) + ","));
  CHECK(contains(summary, "\"stepKinds\":[\"statement\",\"drop\",\"call\",\"return\",\"panic\"]"));
  CHECK(!contains(summary, "\"steps\""));
  CHECK(summary.size() < 6144);  // the types table lists every std struct the prelude declares (DebugSet and DebugMap took it past 4 KiB)
}

TEST_CASE("session: a moved session keeps its result and its keyframes") {
  Session s(kProgram);
  const std::string view = s.view(s.stepCount() - 1);
  const size_t replayed = s.stepsReplayed();
  Session moved(std::move(s));
  CHECK(moved.view(moved.stepCount() - 1) == view);
  CHECK(moved.stepsReplayed() == replayed);
}

TEST_CASE("session: a run stopped by its step budget keeps the steps up to the budget") {
  RunOptions options;
  options.stepBudget = 50;
  Session s("fn main() { let mut i = 0u64; loop { i += 1; } }", options);
  CHECK(s.result().outcome == Outcome::BudgetExhausted);
  CHECK(s.stepCount() == 50);
  CHECK(contains(s.summary(), "\"outcome\":\"budget_exhausted\""));
  CHECK(contains(s.view(49), "\"step\":49"));
}

TEST_CASE("session: a program that does not compile has a summary and no steps") {
  Session s("fn main() { let x: i32 = \"no\"; }");
  CHECK(s.result().outcome == Outcome::CompileError);
  CHECK(s.stepCount() == 0);
  CHECK(s.timeline().kinds.empty());
  CHECK(contains(s.summary(), "\"stepCount\":0"));
  CHECK(contains(s.summary(), "E0308"));
}

TEST_CASE("session: a view lists a String's and a VecDeque's words in rustc's order, and reads a niche None from the capacity") {
  Session s(R"(use std::collections::VecDeque;
fn main() {
    let mut d = VecDeque::with_capacity(4);
    d.push_back(1);
    d.push_front(0);
    let n: Option<String> = None;
    let t = String::from("ab");
    println!("{:?} {:?} {}", d, n, t);
}
)");
  std::string v;
  for (size_t i = 0; i < s.stepCount() && !contains(v, "\"value\":\"\\\"ab\\\"\""); ++i) v = s.view(i);
  REQUIRE(contains(v, "\"value\":\"\\\"ab\\\"\""));
  CHECK(contains(v, "\"fields\":[{\"name\":\"cap\",\"offset\":0,\"size\":8,\"type\":\"usize\",\"value\":\"2\"},"
                    "{\"name\":\"ptr\",\"offset\":8,\"size\":8,\"type\":\"*mut u8\",\"value\":\"0x600010\",\"pointsTo\":6291472},"
                    "{\"name\":\"len\",\"offset\":16,\"size\":8,\"type\":\"usize\",\"value\":\"2\"}]"));
  CHECK(contains(v, "\"fields\":[{\"name\":\"cap\",\"offset\":0,\"size\":8,\"type\":\"usize\",\"value\":\"4\"},"
                    "{\"name\":\"ptr\",\"offset\":8,\"size\":8,\"type\":\"*mut i32\",\"value\":\"0x600000\",\"pointsTo\":6291456},"
                    "{\"name\":\"head\",\"offset\":16,\"size\":8,\"type\":\"usize\",\"value\":\"3\"},"
                    "{\"name\":\"len\",\"offset\":24,\"size\":8,\"type\":\"usize\",\"value\":\"2\"}]"));
  CHECK(contains(v, "{\"name\":\"niche\",\"offset\":0,\"size\":8,\"type\":\"u64\",\"value\":\"9223372036854775808 = None: no tag byte"));
  // each arrow leaves from the ptr word, not from the start of the value
  CHECK(contains(v, "{\"from\":2147479464,\"to\":6291472,"));  // t at 0x7fffefa0
  CHECK(contains(v, "{\"from\":2147479512,\"to\":6291456,"));  // d at 0x7fffefd0
}

TEST_CASE("session: a borrowed literal a let extends is promoted to the static region, as rustc does; a `&mut` one stays on the stack") {
  Session s(R"(fn main() {
    let r = &5;
    let magic = b"AB";
    let m = &mut 7;
    *m += 1;
    println!("{} {:?} {}", r, magic, m);
}
)");
  std::string v;
  for (size_t i = 0; i < s.stepCount() && !contains(v, "\"name\":\"m\""); ++i) v = s.view(i);
  REQUIRE(contains(v, "\"name\":\"m\""));
  CHECK(contains(v, "{\"from\":2147479528,\"to\":4198400,\"region\":\"static\""));  // r -> the 5
  CHECK(contains(v, "{\"from\":2147479520,\"to\":4198404,\"region\":\"static\""));  // magic -> the bytes
  CHECK(contains(v, "{\"id\":2,\"name\":\"(temporary)\",\"type\":\"i32\""));        // the 7 `m` borrows, alone on the stack
  CHECK(contains(v, "{\"from\":2147479504,\"to\":2147479516,\"region\":\"stack\""));
}
