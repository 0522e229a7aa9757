// The frozen type table: checking interns every type the run and its views
// need and computes every layout, then freezes the table, so the checked
// program is read-only from then on. These cases pin the three promises of
// check/types.h: layouts answer only after the freeze, interning after it
// fails loudly, and a run (coercions, autoref'd receivers, Strings, slicing)
// adds no type.
#include <doctest/doctest.h>

#include "api/run.h"
#include "check/checker.h"
#include "diag/diagnostic.h"

using namespace sh;

TEST_CASE("types: a layout is asked for only once the table is frozen") {
  TypeTable T;
  TypeId v = T.vecOf(T.intType(IntKind::I32));
  TypeId maybe = T.optionOf(T.boolType());
  CHECK_THROWS_AS(T.layout(v), InternalError);
  T.freeze();
  CHECK(T.frozen());
  CHECK(T.layout(v).size == 24);
  CHECK(T.layout(maybe).size == 1);  // bool's niche holds None
}

TEST_CASE("types: interning after the freeze is a bug of ours and fails loudly") {
  TypeTable T;
  TypeId i32 = T.intType(IntKind::I32);
  TypeId v = T.vecOf(i32);
  T.freeze();
  CHECK(T.vecOf(i32) == v);  // finding a type already there is fine
  CHECK_THROWS_AS(T.vecOf(v), InternalError);
}

TEST_CASE("types: running a program interns no type") {
  // Every place the interpreter once interned at run time: &String -> &str,
  // &Vec -> &[T], &[T; N] -> &[T], &Box<T> -> &T and &&T -> &T coercions,
  // methods taking their receiver by & and &mut, range indexing into a
  // slice and a str, Strings made and grown.
  RunResult r = run(R"(fn total(xs: &[i32]) -> i32 { xs.iter().sum() }
fn first(s: &str) -> usize { s.len() }
fn inner(b: &i32) -> i32 { *b }
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    let a = [5, 6];
    let s = String::from("hello");
    let b = Box::new(7);
    let r = &8;
    let rr = &r;
    let mut t = String::new();
    t.push_str(&s[1..3]);
    println!("{} {} {} {} {} {}", total(&v), total(&a), first(&s), inner(&b), inner(rr), total(&v[1..]));
    println!("{} {}", t, v.len());
}
)");
  REQUIRE(r.outcome == Outcome::Finished);
  CHECK(r.stdoutText == "10 11 5 7 8 9\nel 4\n");
  REQUIRE(r.program);
  CHECK(r.program->types.frozen());
  TypeTable copy = r.program->types;
  CHECK_THROWS_AS(copy.vecOf(copy.vecOf(copy.vecOf(copy.charType()))), InternalError);
}
