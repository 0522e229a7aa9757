// The part of std the checker reads as Rust: the std traits (their methods,
// provided methods, associated types and supertraits) and the few std items
// around them, declared here in Rust's own notation rather than described
// in C++, so that a learner's `impl PartialOrd for Point` is checked against
// the same signature rustc checks it against.
//
// The text is parsed like a learner's file, with every span moved past the
// learner's text (kPreludeBase), so nothing std declares is ever mistaken for
// a place in the learner's program: no step, diagnostic or panic points into
// it. It is parsed once per process, not once per run: lexing and parsing it
// was a third of a small program's run. The tree is shared read-only (the
// checker declares std's items from it and never annotates it: a provided
// method is checked only as an instance, a copy of its syntax), so two runs
// share nothing they could change. What std implements for its own types (`i32: Add`, `String: Clone`) is
// not written out here: check/std_impls.cpp answers those natively, and the
// interpreter runs them natively.
#include "check/prelude.h"

#include "diag/diagnostic.h"
#include "syntax/lexer.h"
#include "syntax/parser.h"

namespace sh {

namespace {

const char* const kPreludeText = R"rust(
pub trait Sized {}
pub trait Copy: Clone {}
pub trait Clone {
    fn clone(&self) -> Self;
}
pub trait Debug {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error>;
}
pub trait Display {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error>;
}
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result<(), Error>;
}
pub trait Hash {}
pub trait PartialEq<Rhs = Self> {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool { !self.eq(other) }
}
pub trait Eq: PartialEq {}
pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
    fn lt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) { Some(Ordering::Less) => true, _ => false }
    }
    fn le(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) { Some(Ordering::Less) | Some(Ordering::Equal) => true, _ => false }
    }
    fn gt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) { Some(Ordering::Greater) => true, _ => false }
    }
    fn ge(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) { Some(Ordering::Greater) | Some(Ordering::Equal) => true, _ => false }
    }
}
pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering;
}
pub trait Default {
    fn default() -> Self;
}
pub trait Add<Rhs = Self> { type Output; fn add(self, rhs: Rhs) -> Self::Output; }
pub trait Sub<Rhs = Self> { type Output; fn sub(self, rhs: Rhs) -> Self::Output; }
pub trait Mul<Rhs = Self> { type Output; fn mul(self, rhs: Rhs) -> Self::Output; }
pub trait Div<Rhs = Self> { type Output; fn div(self, rhs: Rhs) -> Self::Output; }
pub trait Rem<Rhs = Self> { type Output; fn rem(self, rhs: Rhs) -> Self::Output; }
pub trait Neg { type Output; fn neg(self) -> Self::Output; }
pub trait Not { type Output; fn not(self) -> Self::Output; }
pub trait AddAssign<Rhs = Self> { fn add_assign(&mut self, rhs: Rhs); }
pub trait SubAssign<Rhs = Self> { fn sub_assign(&mut self, rhs: Rhs); }
pub trait MulAssign<Rhs = Self> { fn mul_assign(&mut self, rhs: Rhs); }
pub trait DivAssign<Rhs = Self> { fn div_assign(&mut self, rhs: Rhs); }
pub trait RemAssign<Rhs = Self> { fn rem_assign(&mut self, rhs: Rhs); }
pub trait Index<Idx> { type Output; fn index(&self, index: Idx) -> &Self::Output; }
pub trait IndexMut<Idx>: Index<Idx> { fn index_mut(&mut self, index: Idx) -> &mut Self::Output; }
pub trait Deref { type Target; fn deref(&self) -> &Self::Target; }
pub trait DerefMut: Deref { fn deref_mut(&mut self) -> &mut Self::Target; }
pub trait Drop {
    fn drop(&mut self);
}
pub trait From<T> {
    fn from(value: T) -> Self;
}
pub trait Into<T> {
    fn into(self) -> T;
}
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}
pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}
pub trait TryInto<T>: Sized {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}
pub trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
}
pub trait ToString {
    fn to_string(&self) -> String;
}
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}
pub trait Error: Debug + Display {
    fn source(&self) -> Option<&(dyn Error + 'static)> { None }
}
pub trait FnOnce<Args> { type Output; }
pub trait FnMut<Args>: FnOnce<Args> { type Output; }
pub trait Fn<Args>: FnMut<Args> { type Output; }

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Ordering { Less = -1, Equal = 0, Greater = 1 }
impl Ordering {
    pub fn is_eq(self) -> bool { match self { Ordering::Equal => true, _ => false } }
    pub fn is_ne(self) -> bool { match self { Ordering::Equal => false, _ => true } }
    pub fn is_lt(self) -> bool { match self { Ordering::Less => true, _ => false } }
    pub fn is_gt(self) -> bool { match self { Ordering::Greater => true, _ => false } }
    pub fn is_le(self) -> bool { match self { Ordering::Greater => false, _ => true } }
    pub fn is_ge(self) -> bool { match self { Ordering::Less => false, _ => true } }
    pub fn reverse(self) -> Ordering {
        match self { Ordering::Less => Ordering::Greater, Ordering::Equal => Ordering::Equal, Ordering::Greater => Ordering::Less }
    }
    pub fn then(self, other: Ordering) -> Ordering { match self { Ordering::Equal => other, _ => self } }
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering { match self { Ordering::Equal => f(), _ => self } }
}

// std::cmp::Reverse: derived as std derives it, but ordered the other way
// round (`other.0.cmp(&self.0)`), which the run's comparison does for this
// one type (run/eval.cpp compareValues).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reverse<T>(pub T);

// An end of a range as `BTreeMap::range` takes it in a `(Bound, Bound)` pair.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum Bound<T> { Included(T), Excluded(T), Unbounded }

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError { kind: IntErrorKind }
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntErrorKind { Empty, InvalidDigit, PosOverflow, NegOverflow, Zero }
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError { kind: FloatErrorKind }
#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind { Empty, Invalid }

// What `parse` into a bool and into a char give on failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError { kind: CharErrorKind }
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharErrorKind { EmptyString, TooManyChars }

#[derive(Clone, Copy, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct Error;

// What `u8::try_from(300)` gives: a unit inside, Debug `TryFromIntError(())`.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(());

// What str::from_utf8 and String::from_utf8 give on bytes that are not
// UTF-8 (run/std/utf8_conversions.cpp): where the valid prefix ends and
// the bad sequence's length (None: the bytes stop inside a char), and the
// Vec given back with it.
#[derive(Copy, Eq, PartialEq, Clone, Debug)]
pub struct Utf8Error { valid_up_to: usize, error_len: Option<u8> }
impl Utf8Error {
    pub fn valid_up_to(&self) -> usize { self.valid_up_to }
    pub fn error_len(&self) -> Option<usize> { match self.error_len { Some(len) => Some(len as usize), None => None } }
}
#[derive(Debug, PartialEq, Eq, Clone)]
pub struct FromUtf8Error { bytes: Vec<u8>, error: Utf8Error }
impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] { &self.bytes[..] }
    pub fn into_bytes(self) -> Vec<u8> { self.bytes }
    pub fn utf8_error(&self) -> Utf8Error { self.error }
}

// RefCell::try_borrow's and try_borrow_mut's errors: zero-sized, as std's
// are without its debug_refcell feature.
#[derive(Debug)]
pub struct BorrowError;
#[derive(Debug)]
pub struct BorrowMutError;

// What std's `From<String>` and `From<&str>` for `Box<dyn Error>` box: a
// private struct around the String, formatted by Display and Debug as the
// String itself (run/printing.cpp). Its key cannot be typed by a learner.
#[derive(Debug)]
pub struct StringError(pub String);

// std's Formatter is opaque to a program; the engine's holds what std's
// does in its own words: the fill char and the flags packed in a u32 (fill
// in the low 21 bits, then `+`, `-`, `#`, `0`, width given, precision
// given, and the alignment), width and precision, and where std has its
// `&mut dyn Write`, the index of the output the format writes to (the
// interpreter's stack of outputs, run/printing.cpp). 16 bytes; std's is 24.
pub struct Formatter<'a> { flags: u32, width: u16, precision: u16, out: usize }

// Formatter's debug builders (`f.debug_struct("P")`, `debug_tuple`,
// `debug_list`, `debug_set`, `debug_map`) as std lays them out: the Formatter they write to, the
// result of their writes so far, and whether (or how many) fields were
// written. DebugList's fields are std's DebugInner's (run/std/formatter.cpp).
pub struct DebugStruct<'a> { fmt: &'a mut Formatter<'a>, result: Result<(), Error>, has_fields: bool }
pub struct DebugTuple<'a> { fmt: &'a mut Formatter<'a>, result: Result<(), Error>, fields: usize, empty_name: bool }
pub struct DebugList<'a> { fmt: &'a mut Formatter<'a>, result: Result<(), Error>, has_fields: bool }
pub struct DebugSet<'a> { fmt: &'a mut Formatter<'a>, result: Result<(), Error>, has_fields: bool }
pub struct DebugMap<'a> { fmt: &'a mut Formatter<'a>, result: Result<(), Error>, has_fields: bool }
)rust";

// Where std declares each type of the prelude text, by which a learner's
// path reaches it (check/scopes.cpp) and the checker keys it.
struct PreludePath {
  const char* name;
  const char* path;
};
constexpr PreludePath kPreludePaths[] = {
    {"Ordering", "std::cmp::Ordering"},
    {"Bound", "std::ops::Bound"},
    {"Reverse", "std::cmp::Reverse"},
    {"ParseIntError", "std::num::ParseIntError"},
    {"IntErrorKind", "std::num::IntErrorKind"},
    {"ParseFloatError", "std::num::ParseFloatError"},
    {"FloatErrorKind", "core::num::dec2flt::FloatErrorKind"},
    {"ParseBoolError", "std::str::ParseBoolError"},
    {"ParseCharError", "std::char::ParseCharError"},
    {"CharErrorKind", "core::char::CharErrorKind"},
    {"Error", "std::fmt::Error"},
    {"TryFromIntError", "std::num::TryFromIntError"},
    {"Formatter", "std::fmt::Formatter"},
    {"DebugStruct", "std::fmt::DebugStruct"},
    {"DebugTuple", "std::fmt::DebugTuple"},
    {"DebugList", "std::fmt::DebugList"},
    {"DebugSet", "std::fmt::DebugSet"},
    {"DebugMap", "std::fmt::DebugMap"},
    {"BorrowError", "std::cell::BorrowError"},
    {"BorrowMutError", "std::cell::BorrowMutError"},
    {"Utf8Error", "std::str::Utf8Error"},
    {"FromUtf8Error", "std::string::FromUtf8Error"},
    {"StringError", "?StringError"},
};

}  // namespace

const char* preludePath(const std::string& name) {
  for (const PreludePath& p : kPreludePaths)
    if (name == p.name) return p.path;
  SH_CHECK(false, "a type of std's prelude text without its path");
  return "";
}

const SourceFile& preludeFile() {
  static const SourceFile file("<std>", kPreludeText);
  return file;
}

std::shared_ptr<const Program> preludeProgram() {
  static const std::shared_ptr<const Program> program = [] {
    std::vector<Token> tokens = lex(preludeFile());
    for (Token& t : tokens) {
      t.span.start += kPreludeBase;
      t.span.end += kPreludeBase;
    }
    return std::make_shared<const Program>(parseTokens(preludeFile(), std::move(tokens)));
  }();
  return program;
}

}  // namespace sh
