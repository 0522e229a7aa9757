// The checked program: the syntax tree with every name resolved and every
// expression typed, plus the tables the interpreter runs from.
//
// Checking happens in three passes over each function, one file each:
//   check/resolve_*.cpp  — names, types and method resolution with inference
//   check/moves.cpp      — ownership: use after move (E0382), assignment to
//                          immutable bindings (E0384), borrows of immutables
// A pass stops at the first error, as a learner reads one message at a time;
// rustc reports more, but its first error is the one the learner fixes first.
#pragma once

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

#include "check/std_table.h"
#include "check/traits.h"
#include "check/types.h"
#include "diag/diagnostic.h"
#include "fmt/format.h"
#include "syntax/ast.h"

namespace sh {

// What a Path, Call or MethodCall expression was resolved to
// (Expr::resolvedKind; Expr::resolved holds the index).
enum class Resolved : uint8_t {
  None,
  Local,        // resolved = local index in the enclosing function
  UserFn,       // resolved = index in Checked::fns
  Builtin,      // resolved = BuiltinFn
  Method,       // MethodCall of a builtin method: resolved = BuiltinMethod
  UnitStruct,   // a unit struct value, resolved = struct index
  TupleStruct,  // Call of a tuple struct constructor, resolved = struct index
  NoneValue,    // Option::None
  EnumVariant,  // a unit variant (Path), a tuple variant's constructor (Call) or a struct
                // variant's literal (StructLit): resolved = variant index, the enum is the type
  Format,       // Macro: resolved = index in Checked::formats
  IntegerConstant,  // `i32::MAX` (Path): the value is in intValue (check/std_checks.cpp)
  FloatConstant,    // `f64::NAN`, `f64::consts::PI` (Path): the value is in floatValue
  Const,        // a `const` item (Path): resolved = index in Checked::consts
  Static,       // a `static` item (Path): resolved = index in Checked::consts
  Virtual,      // MethodCall on a trait object: resolved = the trait's declaration of the method (FnInfo); the
                // function run is the receiver's vtable's (Checked::vtables)
  CallValue,    // Call of a value (a closure, or a parameter bounded by Fn/FnMut/FnOnce): the
                // callee is an expression; receiverMode says how the call takes it (ByValue, Ref, RefMut)
};

// How a closure takes what it captures: by shared or mutable reference, or
// by value; a `&mut` variable that the body mutates only through (`r.push(1)`,
// `*r += 1`, `self.x = 1`) by a unique borrow of what it points to, rustc's
// unique immutable borrow: the environment holds `&mut *r`, and the
// variable needs no `mut`.
enum class CaptureMode : uint8_t { Ref, RefMut, Value, Reborrow };

// Which of Fn, FnMut, FnOnce a closure is: how its body uses its captures.
enum class ClosureKind : uint8_t { Fn, FnMut, FnOnce };

struct Capture {
  std::string name;
  int32_t outer = -1;  // the captured local of the enclosing function (or closure)
  int32_t inner = -1;  // the local that stands for it in the closure's body
  CaptureMode mode = CaptureMode::Ref;
  Span firstUse;
};

// A closure expression after checking: its environment is a struct (the
// captures as fields: references, or values) that the expression builds, and
// its body a function of its own whose first parameter is the environment.
struct ClosureInfo {
  const Expr* expr = nullptr;
  int32_t fn = -1;           // Checked::fns: the body
  int32_t structIndex = -1;  // the environment's StructInfo
  ClosureKind kind = ClosureKind::Fn;
  std::vector<TypeId> params;
  TypeId ret = kNoType;
  std::vector<Capture> captures;
  Span movedOut;             // FnOnce: where the body first moves a capture out
  std::string movedName;     // and which
  bool fnItem = false;       // a function named as a value (`let f = add_one;`): a closure capturing
                             // nothing whose body is the function itself, called without an environment
  bool ownSignature = false;  // bound by a `let` without a type, nothing giving it a signature: its parameters'
                              // written types are its signature (check/closure_edges.cpp)
  bool stdFn = false;        // std's function named as a value (`.map(String::len)`): a closure calling it,
                             // typed and named as the function (check/resolve_fn_values.cpp)
};

// An implicit conversion at a coercion site (Expr::coercion), applied by the
// interpreter after evaluating the expression.
enum class Coercion : uint8_t {
  None,
  StringToStr,  // &String -> &str
  VecToSlice,   // &Vec<T> -> &[T]
  ArrayToSlice, // &[T; N] -> &[T], Box<[T; N]> -> Box<[T]>
  PointeeRef,   // &Box<T>, &Rc<T>, &Ref<T>, &RefMut<T> -> &T (the pointer's target)
  MutToShared,  // &mut T -> &T (same pointer)
  DerefRef,     // &&T -> &T (reads the inner pointer)
  Unsize,       // &T, &mut T, Box<T> -> the same pointer to `dyn Trait` (coercedType), with T's vtable
  DropAutoTraits,  // a pointer to `dyn Trait + Send + Sync` -> to `dyn Trait` (coercedType): the same fat pointer, vtable and all
  ReifyFnPointer,  // a function named as a value, or a closure capturing nothing -> `fn(A) -> R`: its address
};

// The vtable of a concrete type as a trait object, which the run places in
// the static region: drop glue, size and align, then one slot per method of
// the trait and its supertraits (check/resolve_dyn.cpp).
struct VtableInfo {
  TypeId concrete = kNoType;
  TypeId dyn = kNoType;
  TypeId type = kNoType;  // its Vtable type: what the static region shows
  std::string name;       // "vtable for Dog as Animal"
  std::vector<std::string> slotNames;  // per method slot: the method's name
  std::vector<std::string> fnNames;    // per slot: the function it holds, `<Dog as Animal>::speak`
  std::vector<int32_t> declFns;        // per slot: the trait's declaration, which a Virtual call names
  std::vector<int32_t> fns;            // per slot: the function run for `concrete` (-1: std's own, never called)
  int32_t slotOf(int32_t declFn) const {
    auto it = std::find(declFns.begin(), declFns.end(), declFn);
    return it == declFns.end() ? -1 : static_cast<int32_t>(it - declFns.begin());
  }
};

struct LocalInfo {
  std::string name;
  TypeId type = kNoType;
  bool isMut = false;
  Span span;  // the binding's name in the pattern
  int32_t capture = -1;  // in a closure's body: the index of the Capture it stands for
  TypeId opaque = kNoType;  // `type` before an `impl Trait` result in it was revealed: how rustc names it
};

// Which lifetimes a function's parameters (`self` first) and its result
// carry, by name: `a` for `'a`, `static`, `'1`, `'2`, ... for elided ones,
// `%T` for what a type parameter may hold, `%*` for any (check/lifetimes.cpp).
// A call's result may hold what an argument borrows when they share a
// lifetime.
struct FnLifetimes {
  std::vector<std::string> outer;               // per parameter: its outermost `&`'s lifetime, or ""
  std::vector<std::vector<std::string>> inner;  // per parameter: the lifetimes inside it (a struct's, a `&str` in a Vec)
  std::vector<bool> elided;                     // per parameter: every lifetime it has was left out
  std::vector<std::string> result;              // the result's lifetimes, elided ones resolved
  std::vector<std::pair<std::string, std::string>> outlives;  // `'b: 'a` (also in `where`): 'b outlives 'a
  static bool among(const std::vector<std::string>& set, const std::string& l) {
    return !l.empty() && (std::find(set.begin(), set.end(), l) != set.end() || std::find(set.begin(), set.end(), "%*") != set.end());
  }
  // Whether a borrow of lifetime `l` may stand where one of `set` is
  // wanted: it is one of them, or outlives one by the bounds (`'b: 'a`,
  // step by step; `'static` outlives them all).
  bool within(const std::vector<std::string>& set, const std::string& l) const {
    std::vector<std::string> reached{l};
    for (size_t i = 0; i < reached.size(); ++i) {
      if (among(set, reached[i]) || (reached[i] == "static" && i > 0 && !set.empty())) return true;
      for (const auto& [longer, shorter] : outlives)
        if (longer == reached[i] && std::find(reached.begin(), reached.end(), shorter) == reached.end()) reached.push_back(shorter);
    }
    return false;
  }
  bool inResult(const std::string& l) const { return within(result, l); }
  bool innerInResult(size_t param) const {
    return std::any_of(inner[param].begin(), inner[param].end(), [&](const std::string& l) { return inResult(l); });
  }
};

struct FnInfo {
  const FnDecl* decl = nullptr;  // the learner's, std's, or an instance's own (ownDecl)
  std::string name;  // "main", "area", "Point::new", "geo::area", an instance "largest::<i32>"
  std::vector<TypeId> paramTypes;  // `self` first for methods
  TypeId ret = kNoType;
  std::vector<LocalInfo> locals;   // every binding in the body; params first
  int32_t selfLocal = -1;
  std::string implKey;  // a method's or associated function's type (check/scopes.h key), else ""
  FnLifetimes lifetimes;
  // Generics (check/traits.h). A template has typeParams: the Param types in
  // scope (its impl's or trait's first, then its own); it is checked with
  // them and never run. An instance is a copy of a template's syntax
  // (ownDecl) checked with typeArgs in place of the template's typeParams.
  std::vector<TypeId> typeParams;
  int32_t templateFn = -1;
  std::vector<TypeId> typeArgs;
  std::unique_ptr<FnDecl> ownDecl;
  TypeId selfType = kNoType;  // a method's (or trait item's) Self; mentions typeParams in a template
  int32_t impl = -1;          // a method: its ImplInfo
  int32_t trait = -1;         // a trait's declared method (required or provided): its TraitInfo
  bool isStd = false;         // declared in std's prelude: runs without steps or a frame of its own
  // #[track_caller]: a panic in its body is reported at its caller, as every
  // impl of Index::index and IndexMut::index_mut is (core declares them so).
  bool tracksCaller = false;
  int32_t closure = -1;       // a closure's body: its ClosureInfo
  // It boxes a value holding references into a trait object, or is a
  // closure of one that does: its trait objects may hold borrows
  // (check/resolve_dyn_borrows.cpp).
  bool objectsHoldBorrows = false;
  // E0594 and E0596 found while typing the body: the borrow checker's
  // errors in rustc, reported with the others of this body (check/checker.cpp).
  std::vector<Diagnostic> mutabilityErrors;
  bool ofInstance = false;    // a closure in an instance's body (its template's closure was checked)
  bool isTemplate() const { return !typeParams.empty(); }
  // A method of an inherent impl in std's prelude text (`Ordering::then`): the
  // shared prelude tree is never annotated, so even a non-generic one runs as
  // an instance, a checked copy made on first use.
  bool isStdInherent() const { return isStd && decl->body && trait < 0 && templateFn < 0; }
  // A body the learner wrote, as written: what the ownership, borrow and
  // lint passes check (an instance is a copy of a template checked already).
  bool isLearnersBody() const { return decl->body && !isStd && templateFn < 0 && !ofInstance; }
};

// One argument of a formatting macro after checking: the expression it comes
// from, or the local an inline `{name}` captures.
struct CheckedFormatArg {
  const Expr* expr = nullptr;  // an argument expression, or null for an inline capture
  int32_t local = -1;          // inline capture: the local it names
  Span span;                   // the expression, or the `name` inside the braces
  TypeId type = kNoType;
  bool captured = false;       // an inline capture (`{name}`), a local's or a constant's
};

// A formatting macro (println!, format!, panic!, assert!'s message, ...)
// after checking: its pieces, every placeholder's argument given as an index
// into `args` (inline captures included).
struct CheckedFormat {
  const Expr* formatString = nullptr;   // the literal, or null (`println!()`, `panic!()`)
  std::vector<FormatPiece> pieces;
  std::vector<CheckedFormatArg> args;

  // Whether a macro argument is this format's: its string, or an argument it
  // formats, a named one (`v = value`) included. The others (assert!'s
  // condition, assert_eq!'s operands) are the macro's own.
  bool owns(const Expr& arg) const {
    const Expr* value = arg.kind == ExprKind::Assign ? arg.rhs.get() : &arg;
    return &arg == formatString ||
           std::any_of(args.begin(), args.end(), [&](const CheckedFormatArg& a) { return a.expr == &arg || a.expr == value; });
  }
};

// A `const` or `static` item after checking. Its initializer is typed like
// the body of a function without parameters, whose context `init` holds.
struct ConstInfo {
  const ConstDecl* decl = nullptr;
  std::string name;  // as rustc prints it: `MAX`, or `limits::MAX` beside another `MAX`
  TypeId owner = kNoType;  // an associated constant's: the type of its impl (its `Self`)
  TypeId type = kNoType;
  bool isStatic = false;
  FnInfo init;
  int32_t trait = -1;  // a trait's declaration (`const SIDES: u32;`): named by generic code, never worked out
  bool hasIntValue = false;   // an integer constant whose value the checker worked out
  __int128 intValue = 0;
};

// The learner's PartialOrd and Ord methods of one type, as FnInfo indices;
// -1 where the impl leaves a method to the trait's default.
struct OwnOrdering {
  int32_t partialCmp = -1, lt = -1, le = -1, gt = -1, ge = -1, cmp = -1;
};

struct Checked {
  std::unique_ptr<Program> ast;
  std::shared_ptr<const Program> prelude;  // std's items in Rust, shared by every run (check/prelude.cpp)
  TypeTable types;
  std::deque<FnInfo> fns;  // a deque: instances are added while others are being checked
  std::deque<ClosureInfo> closures;
  // Each collect of a Vec's into_iter into another element type: std reuses
  // the buffer when the new elements fit the old ones, which the engine does
  // not model; known only once layouts are (checked after the freeze).
  struct RetypingCollect {
    const Expr* call;
    TypeId from, to;
  };
  std::vector<RetypingCollect> retypingCollects;
  std::vector<TraitInfo> traits;
  std::vector<ImplInfo> impls;
  std::vector<ParamBounds> paramBounds;  // by TypeTable param index
  std::unordered_map<TypeId, int32_t> destructors;  // a type with the learner's Drop impl: its `drop` (FnInfo)
  std::unordered_map<TypeId, int32_t> fromStrs;     // a type `parse` makes with the learner's FromStr impl: its `from_str`
  std::unordered_map<TypeId, int32_t> defaults;     // a type with the learner's Default impl: its `default`
  std::unordered_map<TypeId, int32_t> displays;     // a type with the learner's Display impl: its `fmt`
  std::unordered_map<TypeId, int32_t> iteratorNexts;  // a learner's Iterator that std's methods or a `for` walk: its `next`
  std::unordered_map<TypeId, int32_t> debugs;       // a type with the learner's Debug impl: its `fmt`
  std::unordered_map<TypeId, OwnOrdering> orderings;  // a type with the learner's PartialOrd or Ord impl: its methods
  int32_t mainFn = -1;
  std::vector<VtableInfo> vtables;
  std::vector<int32_t> fnPointers;  // the functions made `fn` pointers: the i-th is at kFnPointerBase + 16 * i
  std::map<std::pair<TypeId, TypeId>, int32_t> vtableIndex;  // (concrete, dyn) -> its vtable
  std::vector<CheckedFormat> formats;
  std::vector<ConstInfo> consts;  // consts and statics, in Program::consts order
  std::vector<ExprPtr> capturedPaths;  // inline format captures of constants and statics (`{MAX}`), as paths

  int32_t findFn(const std::string& name) const;
  // The learner's bodies (isLearnersBody) by where each is written.
  std::vector<int32_t> fnsInSourceOrder() const;
};

// Checks a parsed program. Throws CompileError on the first error. The
// result is read-only: its type table is frozen (check/types.h).
std::shared_ptr<const Checked> check(std::unique_ptr<Program> program, const SourceFile& file);

// Whether `a[i]` calls Index/IndexMut (a Vec, a String, a map, ... indexed
// through references and Boxes) rather than being a place of its own (an
// array or a slice indexed by an integer): checks its base's mutability,
// and borrows it, as rustc does (check/resolve_expr.cpp).
bool indexesThroughImpl(const TypeTable& T, const Expr& index);

// The passes check() runs on each function after resolution:
// ownership (check/moves.cpp): the errors rustc would report, in any order;
std::vector<Diagnostic> moveErrors(const Checked& program, const SourceFile& file, const FnInfo& fn);
// borrows with non-lexical lifetimes (check/borrows.cpp): throws the first error;
void checkBorrows(const Checked& program, const SourceFile& file, const FnInfo& fn);
// Whether rustc's lowering of an `if` or `while` condition (`!`, `&&`,
// `||`, parentheses) makes a depth-first walk of the MIR, taking a test's
// last target first, reach the true way before the false one
// (check/moves.cpp); both the borrow checker's order and the constant
// lints' follow it.
bool thenReachedFirst(const Expr& condition);
// rustc's deny-by-default lints on constant arithmetic (check/const_lints.cpp).
void checkConstantLints(const Checked& program, const FnInfo& fn);

}  // namespace sh
