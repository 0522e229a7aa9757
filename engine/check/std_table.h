// The standard library the subset knows: one table row per function, per
// method and per macro, in check/std_fns.def, check/std_methods.def and
// check/std_macros.def.
//
// A row carries everything the checker needs to type a call (receiver,
// name, how self is taken, a signature in Rust's notation) and names the
// interpreter's function that runs it. The ids, the checker's table of hooks
// and the interpreter's dispatch are all generated from those two files, so
// adding a std method is one row plus its function, and neither compiles
// without the other. Signatures are strings because they read like the std
// docs; they are parsed when a call is typed (signatureTypes below), and a
// unit test parses every row.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/types.h"

namespace sh {

enum class BuiltinFn : uint8_t {
#define SH_STD_FN(id, path, signature, check) id,
#include "check/std_fns.def"
};

enum class BuiltinMethod : uint16_t {
#define SH_STD_METHOD(id, receiver, name, mode, signature, check) id,
#include "check/std_methods.def"
};

enum class MacroId : uint8_t {
#define SH_STD_MACRO(id, name) id,
#define SH_STD_MACRO_ALIAS(name, id)
#include "check/std_macros.def"
#undef SH_STD_MACRO
#undef SH_STD_MACRO_ALIAS
};

// The macro `name!` invokes (debug_assert! runs as assert!); false when the
// subset has none of that name.
bool findMacro(std::string_view name, MacroId* out);

// Every method std 1.95 gives a type (check/std_method_names.def, read from
// std's own documentation), whether the engine runs it or not: a method
// the engine lacks but std has is "not supported yet", never rustc's E0599.
enum class StdNames : uint8_t {
#define SH_STD_NAMES(list, names) list,
#include "check/std_method_names.def"
#undef SH_STD_NAMES
};
bool stdHasMethod(StdNames list, std::string_view name);
// Whether std's `owner` (String, Vec, Box, Option or Result) has the
// associated function `name` (its own, or from a trait std implements).
bool stdHasFunction(std::string_view owner, std::string_view name);

// The receivers a method row applies to, after auto-deref.
enum class StdReceiver : uint8_t {
  Vec,        // Vec<T>
  Slice,      // [T], Vec<T>, [T; N]: slice methods, found through Vec's deref
  String,     // String
  Text,       // str and String: str methods, found through String's deref
  Str,        // str only
  BoxedSlice, // Box<[T]>
  BoxedStr,   // Box<str>
  Box,        // Box<T>: its own AsRef<T> and AsMut<T>
  Option,     // Option<T>
  Result,     // Result<T, E>
  Stdin,      // std::io::Stdin
  Range,      // a..b, a..=b
  Iter,       // an iterator
  Int,        // every integer type
  SignedInt,  // i8 ... isize
  UnsignedInt,  // u8 ... usize
  Char,       // char
  Byte,       // u8: its ASCII methods
  Bool,       // bool
  Scalar,     // integers, floats, bool and char: what to_string is defined on here
  Clone,      // every Clone type but str and slices, which are unsized
  Weak,       // std::rc::Weak<T>
  RefCell,    // std::cell::RefCell<T>
  Cell,       // std::cell::Cell<T>
  HashMap,    // std::collections::HashMap<K, V>
  HashSet,    // std::collections::HashSet<T>
  MapEntry,   // std::collections::hash_map::Entry<K, V>
  Formatter,  // std::fmt::Formatter
  DebugStruct,  // std::fmt::DebugStruct, Formatter::debug_struct's builder
  DebugTuple,   // std::fmt::DebugTuple
  DebugList,    // std::fmt::DebugList
  DebugSet,     // std::fmt::DebugSet
  DebugMap,     // std::fmt::DebugMap
  Displayed,  // every type: `x.fmt(f)`'s rows, whose checks ask which formatting trait is in scope and implemented
  Debugged,   // every type, as Displayed
  Learners,   // structs and enums written in Rust (the learner's and std's prelude ones), and trait objects
  VecDeque,   // std::collections::VecDeque<T>
  BTreeMap,   // std::collections::BTreeMap<K, V>
  BTreeSet,   // std::collections::BTreeSet<T>
  BTreeEntry, // std::collections::btree_map::Entry<K, V>
  BinaryHeap, // std::collections::BinaryHeap<T>
  Float,      // f32, f64
  Ordered,    // std's PartialOrd types with a method form here: numbers, bool, char, String, str, tuples of them;
              // an `{integer}` or `{float}` still open (a trait's method, as rustc resolves it)
  TotallyOrdered,  // the same that are Ord: no float, in any position; an `{integer}` still open
  Equatable,  // std's PartialEq types with a method form here: those, with (), Result and Rc, deriving PartialEq
};

// How a method takes self; the values are Expr::receiverMode's.
enum class ReceiverMode : uint8_t { ByValue, ByRef, ByMut };

struct StdMethodRow {
  const char* name;
  StdReceiver receiver;
  ReceiverMode mode;
  const char* signature;
};

struct StdFnRow {
  const char* path;
  const char* signature;
};

const StdMethodRow& stdMethod(BuiltinMethod m);
const StdFnRow& stdFn(BuiltinFn f);
size_t stdMethodCount();
size_t stdFnCount();
const char* builtinFnPath(BuiltinFn f);
const char* builtinMethodName(BuiltinMethod m);

// The iterator a source method makes when a learner keeps it in a variable
// (check/types.h KeptIter); None for the methods whose iterators run only
// where they are written (adapters, and sources not laid out yet).
KeptIter keptIterMadeBy(BuiltinMethod m);
// The adapter m makes when the iterator it is called on can be kept (a
// source's or a range): Enumerate, Skip, Take, Peekable, Map, Filter; None for the others.
KeptIter keptAdapterMadeBy(BuiltinMethod m);
// Whether m makes an iterator that can be kept: one of those, or split, rsplit or split_terminator
// (by a char: check/std_checks.cpp).
bool makesKeptIter(BuiltinMethod m);

// Whether a std path names one of the float constants of check/std_checks.cpp
// (`std::f64::consts::PI`, `std::f32::MAX`).
bool isStdFloatConstant(const std::string& stdPath);

// Whether some integer type has a method of this name in std (`pow`,
// `wrapping_add`, `next_multiple_of`), whether the engine runs it or not.
bool isIntegerMethodName(const std::string& name);
// A method std gives some integer or float type (`pow`, `sqrt`, Ord's
// `cmp`), other than those its blanket impls give every type (`into`): on an
// open `{float}` rustc cannot tell which type's it is (E0689).
bool isNumericMethodName(const std::string& name);

// Whether a method row applies to a receiver of (auto-dereferenced) type t.
bool receiverAccepts(const TypeTable& T, StdReceiver r, TypeId t);

// What the letters of a signature stand for at one call.
struct SignatureLetters {
  TypeId elem = kNoType;   // T, and K: a type's first parameter
  TypeId self = kNoType;   // Self
  TypeId hole = kNoType;   // _
  TypeId value = kNoType;  // V and E: a type's second parameter (HashMap<K, V>'s V, Result<T, E>'s E)
};

// The error of parsing text into `parsed`: ParseIntError for an integer,
// ParseFloatError for a float, ParseBoolError and ParseCharError for bool and
// char, an inference variable while `parsed` is one.
TypeId parseErrorOf(TypeTable& T, TypeId parsed);
// std's error structs the engine makes: of parsing, of checked integer
// conversions and of RefCell's try_borrow(_mut) (ParseIntError,
// ParseFloatError, ParseBoolError, ParseCharError, TryFromIntError,
// BorrowError, BorrowMutError), by their paths: Error and Display, their
// Display the description of the kind.
bool isStdErrorStruct(const std::string& stdPath);

// A parameter a signature writes as a closure's bound, `FnMut(&T) -> bool`:
// its type is an inference variable the call's argument binds; the trait
// (FnOnce, FnMut or Fn: check/std_traits.def), its argument types and its
// result are what the argument must be callable with.
struct CallableParam {
  size_t param = 0;
  std::string_view trait;
  std::vector<TypeId> args;
  TypeId ret = kNoType;
};

// The parameter types of a signature such as "(usize, T) -> Option<&T>",
// and its result in *result; the closure parameters among them in
// *callables (a signature with one where callables is null is a bug).
std::vector<TypeId> signatureTypes(TypeTable& T, std::string_view signature, const SignatureLetters& letters,
                                   TypeId* result, std::vector<CallableParam>* callables = nullptr);

}  // namespace sh
