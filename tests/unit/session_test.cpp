// The session: one owner of a run's result and its replayer.
//
// Each case runs a real program through sh::Session and checks one promise
// of api/session.h: sessions keep their own keyframes (so views of two runs
// asked for alternately cost what views of one do), the cheap answers
// (summary, timeline, one step) agree with the whole-result JSON and the
// replayed memory, and a session survives being moved.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "api/session.h"
#include "trace/replay.h"

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
  CHECK(summary.size() < 4096);
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
