// The std tables (check/std_methods.def, check/std_fns.def): every row's
// signature reads, and reads to the types Rust's docs give. A row is
// written by hand, so its signature string is checked here rather than at
// the first learner's call that reaches it.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "check/std_table.h"
#include "diag/diagnostic.h"

using namespace sh;

namespace {

// The parameter and result types of a signature as rustc names them, with
// T = K = i32, Self = Vec<i32>, _ = bool and V = E = char.
std::string readSignature(const char* signature) {
  TypeTable T;
  TypeId i32 = T.intType(IntKind::I32);
  TypeId result;
  std::vector<CallableParam> callables;  // a closure parameter (`FnMut(&T) -> bool`) reads as an inference variable
  std::vector<TypeId> params = signatureTypes(T, signature, {i32, T.vecOf(i32), T.boolType(), T.charType()}, &result, &callables);
  std::string out = "(";
  for (size_t i = 0; i < params.size(); ++i) out += (i ? ", " : "") + T.name(params[i]);
  return out + ") -> " + T.name(result);
}

}  // namespace

TEST_CASE("every std method row's signature reads") {
  for (size_t i = 0; i < stdMethodCount(); ++i) {
    const StdMethodRow& row = stdMethod(static_cast<BuiltinMethod>(i));
    CAPTURE(row.name);
    CHECK_NOTHROW(readSignature(row.signature));
  }
}

TEST_CASE("every std function row's signature reads") {
  for (size_t i = 0; i < stdFnCount(); ++i) {
    const StdFnRow& row = stdFn(static_cast<BuiltinFn>(i));
    CAPTURE(row.path);
    CHECK_NOTHROW(readSignature(row.signature));
  }
}

TEST_CASE("no two std method rows have the same receiver and name") {
  std::set<std::pair<int, std::string>> seen;
  for (size_t i = 0; i < stdMethodCount(); ++i) {
    const StdMethodRow& row = stdMethod(static_cast<BuiltinMethod>(i));
    CAPTURE(row.name);
    CHECK(seen.insert({static_cast<int>(row.receiver), row.name}).second);
  }
}

TEST_CASE("a signature reads to the types it names") {
  CHECK(readSignature("(usize, T) -> ()") == "(usize, i32) -> ()");
  CHECK(readSignature("() -> Option<&T>") == "() -> Option<&i32>");
  CHECK(readSignature("(usize) -> Option<&mut T>") == "(usize) -> Option<&mut i32>");
  CHECK(readSignature("(&[T]) -> ()") == "(&[i32]) -> ()");
  CHECK(readSignature("(K, V) -> Option<V>") == "(i32, char) -> Option<char>");
  CHECK(readSignature("(&Rc<T>) -> Weak<T>") == "(&Rc<i32>) -> Weak<i32>");
  CHECK(readSignature("() -> RefMut<T>") == "() -> RefMut<'_, i32>");
  CHECK(readSignature("(Self) -> Self") == "(Vec<i32>) -> Vec<i32>");
  CHECK(readSignature("(&mut T, &mut T) -> ()") == "(&mut i32, &mut i32) -> ()");
  CHECK(readSignature("(_) -> bool") == "(bool) -> bool");
  CHECK(readSignature("(&str, &str) -> String") == "(&str, &str) -> String");
  CHECK(readSignature("(Box<T>) -> &mut T") == "(Box<i32>) -> &mut i32");
  CHECK(readSignature("() -> Option<E>") == "() -> Option<char>");
  CHECK(readSignature("(_) -> Result<T, _>") == "(bool) -> Result<i32, bool>");
}

TEST_CASE("a signature the reader does not understand is an internal error") {
  CHECK_THROWS_AS(readSignature("(usize -> ()"), InternalError);
  CHECK_THROWS_AS(readSignature("() -> HashMap<T>"), InternalError);
  CHECK_THROWS_AS(readSignature("() -> Wibble"), InternalError);
  CHECK_THROWS_AS(readSignature("() -> () extra"), InternalError);
}

TEST_CASE("a macro's name resolves to its id, a debug_ form to the macro it runs as") {
  MacroId m = MacroId::Vec;
  REQUIRE(findMacro("assert_eq", &m));
  CHECK(m == MacroId::AssertEq);
  REQUIRE(findMacro("debug_assert", &m));
  CHECK(m == MacroId::Assert);
  REQUIRE(findMacro("debug_assert_ne", &m));
  CHECK(m == MacroId::AssertNe);
  REQUIRE(findMacro("vec", &m));
  CHECK(m == MacroId::Vec);
  CHECK_FALSE(findMacro("println!", &m));  // names come without the `!`
  CHECK_FALSE(findMacro("no_such_macro", &m));
}
