// The narration of steps that have no events of their own: each still says
// what happened (a panic step names the panic in Rust's words).
#include <doctest/doctest.h>

#include "api/run.h"
#include "show/narrate.h"
#include "trace/replay.h"

using namespace sh;

TEST_CASE("a panic step says that the program panics and why, and that the stack unwinds") {
  RunResult r = run("fn main() {\n    let v = vec![1, 2, 3];\n    let i = 7;\n    let x = v[i];\n}\n");
  REQUIRE(r.outcome == Outcome::Panicked);
  size_t at = 0;
  while (at < r.trace.steps.size() && r.trace.steps[at].kind != StepKind::Panic) ++at;
  REQUIRE(at < r.trace.steps.size());
  std::string said = narrateStep(r, replay(r.trace, at), at);
  CHECK(said.rfind("The program panics: index out of bounds: the len is 3 but the index is 7; the stack now unwinds", 0) == 0);
}

TEST_CASE("the unwinding's steps say the panic drops each value and pops the frame") {
  RunResult r = run("fn main() {\n    let v = vec![1, 2, 3];\n    let i = 7;\n    let x = v[i];\n}\n");
  REQUIRE(r.outcome == Outcome::Panicked);
  size_t last = r.trace.steps.size() - 1;
  REQUIRE(last >= 2);
  std::string drop = narrateStep(r, replay(r.trace, last - 1), last - 1);
  CHECK(drop.find("The panic unwinds `main`: `v` is dropped") == 0);
  CHECK(drop.find("is freed") != std::string::npos);
  std::string pop = narrateStep(r, replay(r.trace, last), last);
  CHECK(pop.find("The panic unwinds out of the function: its stack frame is popped without returning") == 0);
}

TEST_CASE("a leaked Rc cycle says the strong counts never reached zero") {
  RunResult r = run(
      "use std::cell::RefCell;\nuse std::rc::Rc;\n"
      "struct Node {\n    name: String,\n    next: RefCell<Option<Rc<Node>>>,\n}\n"
      "fn main() {\n"
      "    let a = Rc::new(Node { name: String::from(\"a\"), next: RefCell::new(None) });\n"
      "    let b = Rc::new(Node { name: String::from(\"b\"), next: RefCell::new(Some(Rc::clone(&a))) });\n"
      "    *a.next.borrow_mut() = Some(Rc::clone(&b));\n"
      "}\n");
  REQUIRE(r.outcome == Outcome::Finished);
  size_t last = r.trace.steps.size() - 1;
  std::string said = narrateStep(r, replay(r.trace, last), last);
  CHECK(said.find("is never freed: its strong count is still 1, and no variable is left to drop") != std::string::npos);
  CHECK(said.find("(a reference cycle)") != std::string::npos);
  // A String's buffer inside the cycle is a plain leak, without a count.
  CHECK(said.find("is never freed: a leak, like an index card thrown away") != std::string::npos);
}


TEST_CASE("Box::leak's step says the cell is given up on purpose, not lost") {
  RunResult r = run("fn main() {\n    let b = Box::new(5u8);\n    let r: &'static mut u8 = Box::leak(b);\n    *r += 1;\n}\n");
  REQUIRE(r.outcome == Outcome::Finished);
  bool found = false;
  for (size_t i = 0; i < r.trace.steps.size(); ++i) {
    std::string said = narrateStep(r, replay(r.trace, i), i);
    if (said.find("Box::leak gives up the heap cell at") == std::string::npos) continue;
    found = true;
    CHECK(said.find("nothing will ever free it") != std::string::npos);
    CHECK(said.find("like an index card thrown away") == std::string::npos);
  }
  CHECK(found);
}
