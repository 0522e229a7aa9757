// The std tables as arrays, and the reader of their signatures.
//
// A signature is read each time a call is typed, straight into TypeIds:
// the notation is a few dozen characters of Rust, and a call is typed once,
// so a parsed form cached per row would save nothing a learner could notice.
// The strings are ours, not the learner's: a signature this reader does not
// understand is a bug of the engine, caught by the unit test that reads
// every row (tests/unit/std_table_test.cpp).
#include "check/std_table.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <utility>

#include "diag/diagnostic.h"

namespace sh {

namespace {

const StdMethodRow kMethods[] = {
#define SH_STD_METHOD(id, receiver, name, mode, signature, check) \
  {name, StdReceiver::receiver, ReceiverMode::mode, signature},
#include "check/std_methods.def"
};

const StdFnRow kFns[] = {
#define SH_STD_FN(id, path, signature, check) {path, signature},
#include "check/std_fns.def"
};

// signature ::= '(' (param (',' param)*)? ')' '->' type
// param     ::= ('FnOnce' | 'FnMut' | 'Fn') '(' (type (',' type)*)? ')' '->' type | type
// type      ::= '&' 'mut'? type | '[' type ']' | '(' (type (',' type)*)? ')' | name ('<' type (',' type)* '>')?
class SignatureReader {
 public:
  SignatureReader(TypeTable& T, std::string_view text, const SignatureLetters& letters)
      : T_(T), text_(text), letters_(letters) {}

  std::vector<TypeId> read(TypeId* result, std::vector<CallableParam>* callables) {
    std::vector<TypeId> params;
    expect("(");
    if (!eat(")")) {
      do params.push_back(param(params.size(), callables));
      while (eat(","));
      expect(")");
    }
    expect("->");
    *result = type();
    SH_CHECK(pos_ == text_.size(), "a std signature with text after its result");
    return params;
  }

 private:
  void skipSpaces() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  bool eat(std::string_view token) {
    skipSpaces();
    if (text_.substr(pos_, token.size()) != token) return false;
    pos_ += token.size();
    return true;
  }
  void expect(std::string_view token) { SH_CHECK(eat(token), "a std signature that does not parse"); }
  std::string_view word() {
    skipSpaces();
    size_t start = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' || text_[pos_] == ':'))
      ++pos_;
    SH_CHECK(pos_ > start, "a std signature with a type missing");
    return text_.substr(start, pos_ - start);
  }

  TypeId param(size_t index, std::vector<CallableParam>* callables) {
    for (std::string_view trait : {"FnOnce", "FnMut", "Fn"}) {
      if (!eat(std::string(trait) + "(")) continue;
      SH_CHECK(callables != nullptr, "a std signature with a closure parameter read without its callables");
      --pos_;
      CallableParam c;
      c.param = index;
      c.trait = trait;
      c.args = list('(', ')');
      expect("->");
      c.ret = type();
      callables->push_back(std::move(c));
      return T_.newVar(VarKind::Any);
    }
    return type();
  }

  std::vector<TypeId> list(char open, char close) {
    std::vector<TypeId> types;
    expect(std::string_view(&open, 1));
    if (eat(std::string_view(&close, 1))) return types;
    do types.push_back(type());
    while (eat(","));
    expect(std::string_view(&close, 1));
    return types;
  }

  TypeId type() {
    if (eat("!")) return T_.never();
    if (eat("&")) {
      bool isMut = eat("mut ");
      return T_.refTo(type(), isMut);
    }
    if (eat("[")) {
      TypeId elem = type();
      expect("]");
      return T_.sliceOf(elem);
    }
    skipSpaces();
    if (pos_ < text_.size() && text_[pos_] == '(') {
      std::vector<TypeId> elems = list('(', ')');
      return elems.empty() ? T_.unit() : T_.tupleOf(elems);
    }
    std::string_view name = word();
    if (eat("<")) return generic(name);
    return named(name);
  }

  TypeId named(std::string_view name) {
    if (name == "T" || name == "K") return letter(letters_.elem);
    if (name == "V" || name == "E") return letter(letters_.value);
    if (name == "Self") return letter(letters_.self);
    if (name == "_") return letter(letters_.hole);
    if (name == "bool") return T_.boolType();
    if (name == "char") return T_.charType();
    if (name == "str") return T_.strType();
    if (name == "String") return T_.stringType();
    if (name == "Stdin") return T_.stdinType();
    if (name == "Ordering") {  // open in a table that has not declared std's prelude (the std table's own unit tests)
      int32_t ordering = T_.findEnum("std::cmp::Ordering");
      return ordering >= 0 ? T_.enumType(ordering) : T_.newVar(VarKind::Any);
    }
    for (const char* formatting : {"Formatter", "DebugStruct", "DebugTuple", "DebugList", "DebugSet", "DebugMap"})  // as Ordering
      if (name == formatting) {
        int32_t s = T_.findStruct("std::fmt::" + std::string(name));
        return s >= 0 ? T_.structType(s) : T_.newVar(VarKind::Any);
      }
    IntKind k;
    SH_CHECK(parseIntKind(name, &k), "a std signature naming a type it does not know");
    return T_.intType(k);
  }

  TypeId letter(TypeId t) {
    SH_CHECK(t != kNoType, "a std signature using a letter its call does not give");
    return t;
  }

  // A Result's error in a signature: `io::Error`; `ParseError`, the error
  // of parsing into X (ParseIntError or ParseFloatError, a variable the
  // parse's check binds once X is inferred); std's error structs
  // (fmt::Error, BorrowError, BorrowMutError, TryFromIntError); or a type.
  TypeId errorType(TypeId parsed) {
    if (eat("&")) {  // `Result<&T, &E>`: a reference to the error
      bool isMut = eat("mut ");
      return T_.refTo(type(), isMut);
    }
    size_t at = pos_;
    std::string_view name = word();
    if (name == "io::Error") return T_.ioErrorType();
    if (name == "ParseError") return parseErrorOf(T_, parsed);
    // std's error structs, open in a table without std's prelude types, as ParseError
    const std::pair<const char*, const char*> structs[] = {
        {"fmt::Error", "std::fmt::Error"}, {"BorrowError", "std::cell::BorrowError"}, {"BorrowMutError", "std::cell::BorrowMutError"},
        {"TryFromIntError", "std::num::TryFromIntError"}, {"Utf8Error", "std::str::Utf8Error"},
        {"FromUtf8Error", "std::string::FromUtf8Error"}};
    for (auto [written, path] : structs)
      if (name == written) {
        int32_t error = T_.findStruct(path);
        return error >= 0 ? T_.structType(error) : T_.newVar(VarKind::Any);
      }
    pos_ = at;
    return type();
  }

  // Option<X>, Vec<X>, Box<X>, Iter<X>, Result<X, Y>,
  // Rc<X>, Weak<X>, RefCell<X>, Cell<X>, Ref<X>, RefMut<X>, HashSet<X>, HashMap<X, Y>, Entry<X, Y>, VecDeque<X>,
  // BTreeMap<X, Y>, BTreeSet<X>, BTreeEntry<X, Y>, BinaryHeap<X>
  TypeId generic(std::string_view head) {
    TypeId arg = type();
    TypeId out = kNoType;
    if (head == "Option") out = T_.optionOf(arg);
    if (head == "Vec") out = T_.vecOf(arg);
    if (head == "Box") out = T_.boxOf(arg);
    if (head == "Rc") out = T_.rcOf(arg);
    if (head == "Weak") out = T_.weakOf(arg);
    if (head == "RefCell") out = T_.refCellOf(arg);
    if (head == "Cell") out = T_.cellOf(arg);
    if (head == "Ref") out = T_.cellRefOf(arg, false);
    if (head == "RefMut") out = T_.cellRefOf(arg, true);
    if (head == "HashSet") out = T_.hashSetOf(arg);
    if (head == "VecDeque") out = T_.vecDequeOf(arg);
    if (head == "BinaryHeap") out = T_.binaryHeapOf(arg);
    if (head == "BTreeSet") out = T_.btreeSetOf(arg);
    if (head == "BTreeMap" || head == "BTreeEntry") {
      expect(",");
      TypeId second = type();
      out = head == "BTreeMap" ? T_.btreeMapOf(arg, second) : T_.btreeEntryOf(arg, second);
    }
    if (head == "HashMap" || head == "Entry") {
      expect(",");
      TypeId second = type();
      out = head == "HashMap" ? T_.hashMapOf(arg, second) : T_.mapEntryOf(arg, second);
    }
    if (head == "Iter") out = T_.iterOf(arg);
    if (head == "Result") {
      expect(",");
      out = T_.resultOf(arg, errorType(arg));
    }
    SH_CHECK(out != kNoType, "a std signature naming a generic type it does not know");
    expect(">");
    return out;
  }

  TypeTable& T_;
  std::string_view text_;
  const SignatureLetters& letters_;
  size_t pos_ = 0;
};

}  // namespace

const StdMethodRow& stdMethod(BuiltinMethod m) { return kMethods[static_cast<size_t>(m)]; }
const StdFnRow& stdFn(BuiltinFn f) { return kFns[static_cast<size_t>(f)]; }
size_t stdMethodCount() { return std::size(kMethods); }
size_t stdFnCount() { return std::size(kFns); }
const char* builtinFnPath(BuiltinFn f) { return stdFn(f).path; }
const char* builtinMethodName(BuiltinMethod m) { return stdMethod(m).name; }

KeptIter keptIterMadeBy(BuiltinMethod m) {
  if (m == BuiltinMethod::VecIter) return KeptIter::SliceIter;
  if (m == BuiltinMethod::VecIterMut) return KeptIter::SliceIterMut;
  if (m == BuiltinMethod::StrChars) return KeptIter::Chars;
  if (m == BuiltinMethod::StrBytes) return KeptIter::Bytes;
  if (m == BuiltinMethod::StrCharIndices) return KeptIter::CharIndices;
  if (m == BuiltinMethod::VecIntoIter) return KeptIter::VecIntoIter;
  if (m == BuiltinMethod::StrSplitWhitespace) return KeptIter::SplitWhitespace;
  if (m == BuiltinMethod::StrLines) return KeptIter::Lines;
  if (m == BuiltinMethod::SliceWindows) return KeptIter::Windows;
  if (m == BuiltinMethod::SliceChunks) return KeptIter::Chunks;
  if (m == BuiltinMethod::SliceChunksExact) return KeptIter::ChunksExact;
  return KeptIter::None;  // split's depends on its pattern (check/std_checks.cpp)
}

KeptIter keptAdapterMadeBy(BuiltinMethod m) {
  if (m == BuiltinMethod::IterEnumerate) return KeptIter::Enumerate;
  if (m == BuiltinMethod::IterSkip) return KeptIter::Skip;
  if (m == BuiltinMethod::IterTake) return KeptIter::Take;
  if (m == BuiltinMethod::IterPeekable) return KeptIter::Peekable;
  if (m == BuiltinMethod::IterMap) return KeptIter::Map;
  if (m == BuiltinMethod::IterFilterMap) return KeptIter::FilterMap;
  if (m == BuiltinMethod::IterInspect) return KeptIter::Inspect;
  if (m == BuiltinMethod::IterFilter) return KeptIter::Filter;
  if (m == BuiltinMethod::IterRev || m == BuiltinMethod::RangeRev) return KeptIter::Rev;
  if (m == BuiltinMethod::IterCopied) return KeptIter::Copied;
  if (m == BuiltinMethod::IterCloned) return KeptIter::Cloned;
  if (m == BuiltinMethod::IterStepBy) return KeptIter::StepBy;
  if (m == BuiltinMethod::IterTakeWhile) return KeptIter::TakeWhile;
  if (m == BuiltinMethod::IterSkipWhile) return KeptIter::SkipWhile;
  return KeptIter::None;
}

bool makesKeptIter(BuiltinMethod m) {
  return keptIterMadeBy(m) != KeptIter::None || m == BuiltinMethod::StrSplit || m == BuiltinMethod::StrRsplit ||
         m == BuiltinMethod::StrSplitTerminator;
}

bool stdHasMethod(StdNames list, std::string_view name) {
  static constexpr std::string_view kNames[] = {
#define SH_STD_NAMES(list, names) names,
#include "check/std_method_names.def"
#undef SH_STD_NAMES
  };
  std::string_view names = kNames[static_cast<size_t>(list)];
  for (size_t at = 0; at < names.size();) {
    size_t end = std::min(names.find(' ', at), names.size());
    if (names.substr(at, end - at) == name) return true;
    at = end + 1;
  }
  return false;
}

bool stdHasFunction(std::string_view owner, std::string_view name) {
  return (owner == "String" && stdHasMethod(StdNames::StringFunctions, name)) ||
         (owner == "Vec" && stdHasMethod(StdNames::VecFunctions, name)) ||
         (owner == "Box" && stdHasMethod(StdNames::BoxFunctions, name)) ||
         (owner == "Option" && stdHasMethod(StdNames::OptionFunctions, name)) ||
         (owner == "Result" && stdHasMethod(StdNames::ResultFunctions, name));
}

bool findMacro(std::string_view name, MacroId* out) {
  static constexpr std::pair<std::string_view, MacroId> kMacros[] = {
#define SH_STD_MACRO(id, name) {name, MacroId::id},
#define SH_STD_MACRO_ALIAS(name, id) {name, MacroId::id},
#include "check/std_macros.def"
#undef SH_STD_MACRO
#undef SH_STD_MACRO_ALIAS
  };
  for (const auto& [spelled, id] : kMacros)
    if (name == spelled) {
      *out = id;
      return true;
    }
  return false;
}

bool isIntegerMethodName(const std::string& name) {
  return stdHasMethod(StdNames::SignedInt, name) || stdHasMethod(StdNames::UnsignedInt, name);
}

bool isNumericMethodName(const std::string& name) {
  return (isIntegerMethodName(name) || stdHasMethod(StdNames::Float, name)) && !stdHasMethod(StdNames::Blanket, name);
}

// Whether PartialOrd (Ord when `total`) of std's, as the comparison methods
// run it (Interpreter::compareValues), is defined on `t`: numbers, bool,
// char, String, str, references to and tuples, Options, Vecs, arrays,
// slices and Boxes of them, and the learner's types deriving it.
bool stdOrdered(const TypeTable& T, TypeId t, bool total) {
  t = T.resolve(t);
  const Type& ty = T.get(t);
  switch (ty.kind) {
    case TypeKind::Int: case TypeKind::Bool: case TypeKind::Char: case TypeKind::String: case TypeKind::Str: return true;
    case TypeKind::Float: return !total;
    case TypeKind::Var: return ty.varKind == VarKind::Integer || (ty.varKind == VarKind::Float && !total);
    case TypeKind::Ref: return stdOrdered(T, ty.args[0], total);
    case TypeKind::Tuple:
      for (TypeId a : ty.args)
        if (!stdOrdered(T, a, total)) return false;
      return !ty.args.empty();
    case TypeKind::Option: case TypeKind::Vec: case TypeKind::Array: case TypeKind::Slice: case TypeKind::Box:
      return stdOrdered(T, ty.args[0], total);
    case TypeKind::Struct: case TypeKind::Enum: {
      // The learner's derives, which compare field by field as the interpreter does (an impl of
      // the learner's own is found as a method of the type first, and its other methods are not run;
      // a field reaching one is refused by the rows' check, comparedByStd).
      const DerivedTraits& d = ty.kind == TypeKind::Struct ? static_cast<const DerivedTraits&>(T.structOf(t)) : T.enumOf(t);
      if (!(total ? d.isOrd : d.isPartialOrd)) return false;
      for (TypeId a : ty.args)
        if (!stdOrdered(T, a, total)) return false;
      return true;
    }
    default: return false;
  }
}

// Whether PartialEq of std's, as `eq` and `ne` run it (compareValues), is
// defined on `t`: what stdOrdered names, with (), Results and Rcs of them,
// and the learner's types deriving PartialEq.
bool stdEquatable(const TypeTable& T, TypeId t) {
  t = T.resolve(t);
  const Type& ty = T.get(t);
  auto all = [&] { return std::all_of(ty.args.begin(), ty.args.end(), [&](TypeId a) { return stdEquatable(T, a); }); };
  switch (ty.kind) {
    case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char: case TypeKind::String: case TypeKind::Str:
    case TypeKind::Unit:
      return true;
    case TypeKind::Var: return ty.varKind == VarKind::Integer || ty.varKind == VarKind::Float;
    case TypeKind::Ref: case TypeKind::Tuple: case TypeKind::Option: case TypeKind::Result: case TypeKind::Vec: case TypeKind::Array:
    case TypeKind::Slice: case TypeKind::Box: case TypeKind::Rc:
      return all();
    case TypeKind::Struct: return T.structOf(t).isPartialEq && all();
    case TypeKind::Enum: return T.enumOf(t).isPartialEq && all();
    default: return false;
  }
}

bool receiverAccepts(const TypeTable& T, StdReceiver r, TypeId t) {
  const Type& ty = T.get(t);
  switch (r) {
    case StdReceiver::Vec: return ty.kind == TypeKind::Vec;
    case StdReceiver::Slice: return ty.kind == TypeKind::Vec || ty.kind == TypeKind::Array || ty.kind == TypeKind::Slice;
    case StdReceiver::String: return ty.kind == TypeKind::String;
    case StdReceiver::Text: return ty.kind == TypeKind::String || ty.kind == TypeKind::Str;
    case StdReceiver::Str: return ty.kind == TypeKind::Str;
    case StdReceiver::BoxedSlice: return ty.kind == TypeKind::Box && T.get(T.resolve(ty.args[0])).kind == TypeKind::Slice;
    case StdReceiver::BoxedStr: return ty.kind == TypeKind::Box && T.get(T.resolve(ty.args[0])).kind == TypeKind::Str;
    case StdReceiver::Box: return ty.kind == TypeKind::Box;
    case StdReceiver::Option: return ty.kind == TypeKind::Option;
    case StdReceiver::Result: return ty.kind == TypeKind::Result;
    case StdReceiver::Stdin: return ty.kind == TypeKind::Stdin;
    case StdReceiver::Range: return ty.kind == TypeKind::Range;
    case StdReceiver::Iter: {  // an iterator, or a range of integers or chars (an Iterator itself)
      if (ty.kind == TypeKind::Iter) return true;
      if (ty.kind != TypeKind::Range) return false;
      const Type& of = T.get(T.resolve(ty.args[0]));
      return of.kind == TypeKind::Int || of.kind == TypeKind::Char || (of.kind == TypeKind::Var && of.varKind == VarKind::Integer);
    }
    case StdReceiver::Int: return ty.kind == TypeKind::Int;
    case StdReceiver::SignedInt: return ty.kind == TypeKind::Int && intKindSigned(ty.intKind);
    case StdReceiver::UnsignedInt: return ty.kind == TypeKind::Int && !intKindSigned(ty.intKind);
    case StdReceiver::Char: return ty.kind == TypeKind::Char;
    case StdReceiver::Byte: return ty.kind == TypeKind::Int && ty.intKind == IntKind::U8;
    case StdReceiver::Bool: return ty.kind == TypeKind::Bool;
    case StdReceiver::Scalar:
      return ty.kind == TypeKind::Int || ty.kind == TypeKind::Float || ty.kind == TypeKind::Bool || ty.kind == TypeKind::Char;
    case StdReceiver::Weak: return ty.kind == TypeKind::Weak;
    case StdReceiver::RefCell: return ty.kind == TypeKind::RefCell;
    case StdReceiver::Cell: return ty.kind == TypeKind::Cell;
    case StdReceiver::HashMap: return ty.kind == TypeKind::HashMap;
    case StdReceiver::HashSet: return ty.kind == TypeKind::HashSet;
    case StdReceiver::MapEntry: return ty.kind == TypeKind::MapEntry;
    case StdReceiver::Formatter: return ty.kind == TypeKind::Struct && T.structOf(t).stdPath == "std::fmt::Formatter";
    case StdReceiver::DebugStruct: return ty.kind == TypeKind::Struct && T.structOf(t).stdPath == "std::fmt::DebugStruct";
    case StdReceiver::DebugTuple: return ty.kind == TypeKind::Struct && T.structOf(t).stdPath == "std::fmt::DebugTuple";
    case StdReceiver::DebugList: return ty.kind == TypeKind::Struct && T.structOf(t).stdPath == "std::fmt::DebugList";
    case StdReceiver::DebugSet: return ty.kind == TypeKind::Struct && T.structOf(t).stdPath == "std::fmt::DebugSet";
    case StdReceiver::DebugMap: return ty.kind == TypeKind::Struct && T.structOf(t).stdPath == "std::fmt::DebugMap";
    case StdReceiver::Displayed: case StdReceiver::Debugged: return true;
    case StdReceiver::Learners:  // and the structs std declares in Rust (check/prelude.cpp), Formatter aside; trait objects
      return (ty.kind == TypeKind::Struct && T.structOf(t).stdPath != "std::fmt::Formatter") || ty.kind == TypeKind::Enum ||
             ty.kind == TypeKind::Dyn;
    case StdReceiver::VecDeque: return ty.kind == TypeKind::VecDeque;
    case StdReceiver::BinaryHeap: return ty.kind == TypeKind::BinaryHeap;
    case StdReceiver::Float: return ty.kind == TypeKind::Float;
    case StdReceiver::Ordered: return ty.kind != TypeKind::Ref && stdOrdered(T, t, false);
    case StdReceiver::TotallyOrdered: return (ty.kind != TypeKind::Ref || !ty.isMut) && stdOrdered(T, t, true);
    case StdReceiver::Equatable: return ty.kind != TypeKind::Ref && stdEquatable(T, t);
    case StdReceiver::BTreeMap: return ty.kind == TypeKind::BTreeMap;
    case StdReceiver::BTreeSet: return ty.kind == TypeKind::BTreeSet;
    case StdReceiver::BTreeEntry: return ty.kind == TypeKind::BTreeEntry;
    case StdReceiver::Clone:  // a RefCell guard is not Clone: `r.clone()` clones what it guards
      return ty.kind != TypeKind::Str && ty.kind != TypeKind::Slice && ty.kind != TypeKind::CellRef &&
             ty.kind != TypeKind::CellRefMut &&
             (ty.kind != TypeKind::Struct || T.structOf(t).isClone) && (ty.kind != TypeKind::Iter || T.keptClones(t)) &&
             (ty.kind != TypeKind::Enum || T.enumOf(t).isClone);
  }
  return false;
}

// The error of parsing into `parsed`; open while `parsed` is (the parse's
// check binds it once it is known), and open in a table that has not
// declared std's prelude types (the std table's own unit tests).
TypeId parseErrorOf(TypeTable& T, TypeId parsed) {
  const Type& t = T.get(T.resolve(parsed));
  int32_t error = t.kind == TypeKind::Int     ? T.findStruct("std::num::ParseIntError")
                  : t.kind == TypeKind::Float ? T.findStruct("std::num::ParseFloatError")
                  : t.kind == TypeKind::Bool  ? T.findStruct("std::str::ParseBoolError")
                  : t.kind == TypeKind::Char  ? T.findStruct("std::char::ParseCharError")
                                              : -1;
  return error >= 0 ? T.structType(error) : T.newVar(VarKind::Any);
}

bool isStdErrorStruct(const std::string& stdPath) {
  return stdPath == "std::num::ParseIntError" || stdPath == "std::num::ParseFloatError" || stdPath == "std::str::ParseBoolError" ||
         stdPath == "std::char::ParseCharError" || stdPath == "std::num::TryFromIntError" ||
         stdPath == "std::cell::BorrowError" || stdPath == "std::cell::BorrowMutError" || stdPath == "std::str::Utf8Error" ||
         stdPath == "std::string::FromUtf8Error";
}

std::vector<TypeId> signatureTypes(TypeTable& T, std::string_view signature, const SignatureLetters& letters,
                                   TypeId* result, std::vector<CallableParam>* callables) {
  return SignatureReader(T, signature, letters).read(result, callables);
}

}  // namespace sh
