// The narration of steps that have no events of their own: each still says
// what happened (a panic step names the panic in Rust's words).
#include <doctest/doctest.h>

#include "api/run.h"
#include "show/narrate.h"
#include "trace/replay.h"

using namespace sh;

TEST_CASE("a panic step says that the program panics and why") {
  RunResult r = run("fn main() {\n    let v = vec![1, 2, 3];\n    let i = 7;\n    let x = v[i];\n}\n");
  REQUIRE(r.outcome == Outcome::Panicked);
  REQUIRE(!r.trace.steps.empty());
  size_t last = r.trace.steps.size() - 1;
  REQUIRE(r.trace.steps[last].kind == StepKind::Panic);
  std::string said = narrateStep(r, replay(r.trace, last), last);
  CHECK(said == "The program panics and stops here: index out of bounds: the len is 3 but the index is 7.");
}
