// The syntax tree: what the learner wrote, with a span on every node.
//
// One struct per category (Expr, Pattern, TypeExpr, Stmt, Item) with a kind
// tag and the union of the fields its kinds use, rather than a class per
// node kind. The subset is small, a reader can see every field of a category
// in one screen, and a `switch (e.kind)` with no default makes the compiler
// list every place a new kind must be handled.
//
// The parser fills the syntax fields. The checker fills the fields under
// "filled by the checker" (types and resolved names), so the interpreter
// never looks a name up by string. Operators are enums (syntax/operators.h)
// for the same reason.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "syntax/operators.h"

namespace sh {

struct Expr;
struct Pattern;
struct TypeExpr;
struct Block;
using ExprPtr = std::unique_ptr<Expr>;
using PatternPtr = std::unique_ptr<Pattern>;
using TypeExprPtr = std::unique_ptr<TypeExpr>;
using BlockPtr = std::unique_ptr<Block>;

// Index of a type in the checker's type table; -1 until checked.
using TypeId = int32_t;
inline constexpr TypeId kNoType = -1;

// `std::mem::swap`, `Vec::<i32>::new`, `Self`, `x`, `Iterator<Item = u32>`,
// `Fn(i32) -> bool`.
struct PathSegment {
  std::string name;
  Span span;
  std::vector<TypeExprPtr> generics;  // `::<T>` or, in types, `<T>`; `Fn(A, B)`: the inputs
  std::vector<std::pair<std::string, TypeExprPtr>> bindings;  // `Item = u32`: associated type bindings
  std::vector<Span> bindingSpans;                              // each binding's `Item = u32`
  std::vector<std::string> lifetimes;  // `'a` arguments (`Excerpt<'a>`), without the quote
  bool parenthesized = false;          // `Fn(A) -> B`: generics are the inputs, output the result
  TypeExprPtr output;                  // parenthesized: the `-> B` type, null for `()`
  Span genericsSpan;                   // the `<...>` or `(...)` list, when there is one
};
// A segment that is only a name, written at `span`.
inline PathSegment plainSegment(std::string name, Span span) {
  PathSegment s;
  s.name = std::move(name);
  s.span = span;
  return s;
}

struct Path {
  std::vector<PathSegment> segments;
  Span span;
  // filled by the checker: the leading segments that name an item were
  // replaced by one segment holding the item's key (check/scopes.h)
  bool canonical = false;
  bool isSingle() const { return segments.size() == 1 && segments[0].generics.empty(); }
  const std::string& last() const { return segments.back().name; }
};

// ---------------------------------------------------------------- types

// A bound on a type: `Display`, `Iterator<Item = u32>`, `Fn(i32) -> i32`,
// `?Sized` (maybe), or a lifetime (`'a`, kept by name only).
struct TraitBound {
  Path path;
  Span span;
  bool maybe = false;     // `?Sized`
  std::string lifetime;   // a lifetime bound instead of a trait: `T: 'a`
};

enum class TypeExprKind {
  Path,      // i32, String, Vec<T>, Option<Box<Node>>, Self, str
  Ref,       // &T, &mut T, &'a T
  Tuple,     // (), (T, U)
  Array,     // [T; N]
  Slice,     // [T]
  Infer,     // _
  ImplTrait, // impl Display + Clone   (bounds)
  DynTrait,  // dyn Shape              (bounds)
  FnPtr,     // fn(i32) -> i32          (elems: the parameters; output)
  Never,     // !
};

struct TypeExpr {
  TypeExprKind kind = TypeExprKind::Path;
  Span span;
  Path path;                          // Path
  bool isMut = false;                 // Ref
  std::string lifetime;               // Ref: `'a` without the quote, or empty
  std::vector<TypeExprPtr> elems;     // Ref/Array/Slice: elems[0]; Tuple, FnPtr: all
  ExprPtr length;                     // Array
  std::vector<TraitBound> bounds;     // ImplTrait, DynTrait
  TypeExprPtr output;                 // FnPtr: the result type, null for `()`
};

// `<'a, T: Display + Clone, U = Self>`: the parameters an item introduces,
// and the predicates of its `where` clause.
struct GenericParam {
  std::string name;  // without the quote for a lifetime
  Span span;
  bool isLifetime = false;
  std::vector<TraitBound> bounds;
  TypeExprPtr defaultType;  // `Rhs = Self`
};

struct WherePredicate {
  TypeExprPtr type;  // null for a lifetime predicate (`'a: 'b`), which is kept by name
  std::string lifetime;
  std::vector<TraitBound> bounds;
  Span span;
};

struct Generics {
  std::vector<GenericParam> params;
  std::vector<WherePredicate> predicates;
  Span span;  // the `<...>` list; empty when the item has none
  bool hasTypeParams() const {
    for (const GenericParam& p : params)
      if (!p.isLifetime) return true;
    return false;
  }
};

// ---------------------------------------------------------------- patterns

enum class PatternKind {
  Binding,      // x, mut x, ref x
  Wildcard,     // _
  Literal,      // 3, -1, 'a', true, "s"
  Range,        // 1..=5, 'a'..='z', 0..10 (exclusive)
  Tuple,        // (a, b)
  TupleStruct,  // Some(x), Point(a, b)
  PathPat,      // None, CONST
  Struct,       // Point { x, y: 0, .. }
  Ref,          // &x
  Or,           // a | b
  Slice,        // [first, .., last], [x, rest @ ..]
  Rest,         // `..` inside a slice pattern, or `rest @ ..` (then `name` is the binding)
};

struct FieldPattern {
  std::string name;
  Span span;
  PatternPtr pattern;  // for the shorthand `x`, a Binding pattern named x
};

struct Pattern {
  PatternKind kind = PatternKind::Wildcard;
  Span span;
  std::string name;        // Binding
  bool isMut = false;      // Binding: `mut x`; Ref: `&mut p`
  bool byRef = false;      // Binding: `ref x` (`ref mut x` sets both byRef and isMut)
  ExprPtr literal;         // Literal (possibly a negated literal)
  PatternPtr subpattern;   // Binding `name @ subpattern`; Rest `name @ ..` has none
  ExprPtr rangeLo, rangeHi;  // Range (either may be null: `..=5`, `5..`)
  bool inclusive = false;    // Range
  Path path;                 // TupleStruct, PathPat, Struct
  std::vector<PatternPtr> elems;     // Tuple, TupleStruct, Ref (elems[0]), Or, Slice (a Rest among them)
  std::vector<FieldPattern> fields;  // Struct
  bool hasRest = false;              // `..` in Tuple/TupleStruct/Struct
  uint32_t restIndex = 0;            // Tuple/TupleStruct with hasRest: how many elems precede the `..`

  // filled by the checker
  TypeId type = kNoType;
  int32_t local = -1;       // Binding (and a named Rest): index of the local it declares
  bool bindsByRef = false;  // Binding: binds a reference to the matched place (`ref x`, or the default binding mode)
  int32_t variant = -1;     // TupleStruct, PathPat, Struct naming an enum variant (or Ok/Err): its index
};

// The field that element i of a tuple or tuple-struct pattern matches: the
// elements after a `..` match the last fields.
inline size_t patternFieldIndex(const Pattern& p, size_t i, size_t fieldCount) {
  return !p.hasRest || i < p.restIndex ? i : fieldCount - (p.elems.size() - i);
}

// ---------------------------------------------------------------- expressions

enum class ExprKind {
  IntLit,      // 42, 53u16, 0xff, 1_000  (text, suffix)
  FloatLit,    // 1.5, 2e3, 1f64
  BoolLit,     // true
  CharLit,     // 'a'
  StrLit,      // "text"  (value is the unescaped text)
  Path,        // x, String::from, None, Vec::<i32>::new, std::mem::swap
  Unary,       // -x, !x   (unaryOp, operand)
  Binary,      // a + b, a && b, a < b  (binaryOp, lhs, rhs)
  Assign,      // a = b
  CompoundAssign,  // a += b  (binaryOp is the operator it applies: Add)
  Call,        // callee(args)
  MethodCall,  // receiver.name::<T>(args)
  Field,       // base.name
  TupleField,  // base.0   (index)
  Index,       // base[index]
  Ref,         // &x, &mut x
  Deref,       // *x
  Cast,        // x as u8
  Block,       // { ... }  (also `unsafe { }` is not supported)
  If,          // if cond { } else { }   (else branch is a Block or If expr)
  IfLet,       // if let pat = scrutinee { } else { }
  While,       // while cond { }
  WhileLet,    // while let pat = scrutinee { }
  Loop,        // loop { }
  For,         // for pat in iter { }
  Match,       // match scrutinee { arms }
  Break,       // break 'label value
  Continue,    // continue 'label
  Return,      // return value
  Range,       // a..b, a..=b, ..b, a.., ..
  Tuple,       // (a, b), and () as the empty tuple
  Paren,       // (a): kept so spans and precedence errors read like rustc's
  Array,       // [a, b, c]
  ArrayRepeat, // [x; n]
  StructLit,   // Point { x: 1, y }   (path, fields)
  Macro,       // println!(...), vec![...], format!, assert_eq!, ...
  Closure,     // |a, b: i32| a + b, move || { .. }   (closureParams, closureRet, operand is the body)
};

struct FieldInit {
  std::string name;
  Span span;
  ExprPtr value;  // for the shorthand `Point { x }`, a Path expr `x`
};

struct Param;

struct MatchArm {
  PatternPtr pattern;
  ExprPtr guard;  // `if cond`, may be null
  ExprPtr body;
  Span span;
};

// A binding the checker writes itself (`?v` of a desugared `?`): no learner
// can spell it, and the picture never shows it.
inline bool isCheckerName(const std::string& name) { return !name.empty() && name[0] == '?'; }

struct Expr {
  ExprKind kind = ExprKind::Tuple;
  Span span;

  std::string text;      // IntLit/FloatLit: digits without suffix or `_`; StrLit/CharLit: unescaped value;
                         // MethodCall/Field: member name; Macro: macro name without `!`;
                         // Break/Continue/loops/blocks: label without the quote (may be empty)
  std::string suffix;    // IntLit/FloatLit: "u16", "f64", or ""
  Span nameSpan;         // MethodCall/Field/Macro: span of the name; Binary/Assign/CompoundAssign: the operator;
                         // Ref a closure's environment takes (span: the closure): the use that captured it
  Path path;             // Path, StructLit
  bool isMut = false;    // Ref: `&mut`; Range: inclusive (`..=`) is `inclusive`
  bool inclusive = false;  // Range
  bool macroRepeat = false;  // Macro vec![x; n]: args = {x, n}
  uint32_t index = 0;    // TupleField
  BinaryOp binaryOp = BinaryOp::Add;  // Binary, CompoundAssign
  UnaryOp unaryOp = UnaryOp::Neg;     // Unary
  std::vector<PathSegment> methodGenerics;  // MethodCall turbofish, rarely used

  ExprPtr lhs, rhs;      // Binary, Assign, CompoundAssign, Index (lhs[rhs]), Range (either may be null)
  ExprPtr operand;       // Unary, Ref, Deref, Cast, Field, TupleField, Paren, MethodCall receiver, Call callee,
                         // Break/Return value (may be null), If/While condition, IfLet/WhileLet/Match/For scrutinee
  TypeExprPtr castType;  // Cast
  TypeExprPtr qualifiedSelf;  // Path written `<T as Trait>::f`: T (path: the trait's segments, then f)
  PatternPtr pattern;    // IfLet, WhileLet, For
  BlockPtr block;        // Block, If/IfLet then-branch, While/WhileLet/Loop/For body
  ExprPtr elseBranch;    // If/IfLet: a Block or If/IfLet expr, may be null
  std::vector<ExprPtr> args;   // Call/MethodCall/Macro arguments, Tuple/Array elements, ArrayRepeat {x, n}
  std::vector<std::string> stringified;  // Macro `dbg!`: each argument as `stringify!` writes it
  std::vector<FieldInit> fields;  // StructLit
  ExprPtr structBase;             // StructLit `..base`, may be null
  std::vector<MatchArm> arms;     // Match
  std::vector<Param> closureParams;  // Closure: patterns with optional types
  TypeExprPtr closureRet;            // Closure: `-> T`, may be null
  bool isMove = false;               // Closure: `move |x| ...`
  ExprPtr checkedBody;               // Closure, once checked: its body as written, kept for instances' copies
                                     // (the checked copy is its FnInfo's; later passes see only `fields`)
  bool tryOperator = false;          // Match: written `operand?` (nameSpan is the `?`); the checker
                                     // writes its arms once it knows the operand's type

  // filled by the checker
  TypeId type = kNoType;
  int32_t resolved = -1;     // see check/checker.h `Resolved` for what it indexes, per `resolvedKind`
  uint8_t resolvedKind = 0;  // a check/checker.h `Resolved`
  uint8_t derefs = 0;        // MethodCall/Field: auto-derefs applied to the receiver or base
  uint8_t receiverMode = 0;  // MethodCall: 0 by value, 1 by `&`, 2 by `&mut` (after the derefs)
  uint8_t coercion = 0;      // a check/checker.h `Coercion` applied to this expression's value
  uint8_t macroId = 0;       // Macro: the check/std_table.h `MacroId` its name invokes
  TypeId coercedType = kNoType;   // with a coercion: the type of the value it makes
  TypeId receiverType = kNoType;  // MethodCall by `&`/`&mut`: the type of the reference taken to the receiver
  bool hidesCopy = false;          // its type, an `impl Trait` result without Copy, reveals a Copy type: still moved
  unsigned __int128 intValue = 0;  // IntLit: the literal's value (its magnitude); an integer constant's bits (`i32::MAX`)
  bool negatedLiteral = false;     // IntLit: the operand of a unary minus, so `-128i8` fits
  double floatValue = 0;           // FloatLit: the literal's value; a float constant's (`f64::MAX`)
};

// The expression parentheses stand for: `((x))` is `x`.
inline const Expr& withoutParens(const Expr& e) {
  const Expr* inner = &e;
  while (inner->kind == ExprKind::Paren) inner = inner->operand.get();
  return *inner;
}
inline Expr& withoutParens(Expr& e) { return const_cast<Expr&>(withoutParens(static_cast<const Expr&>(e))); }

// The expressions directly inside e, in the order they are written, and its
// block (`onBlock`, for a walker that looks into statements its own way).
template <typename OnExpr, typename OnBlock>
void forEachChild(const Expr& e, OnExpr&& onExpr, OnBlock&& onBlock) {
  for (const Expr* child : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.elseBranch.get(), e.structBase.get()})
    if (child) onExpr(*child);
  if (e.block) onBlock(*e.block);
  for (const auto& a : e.args) onExpr(*a);
  for (const MatchArm& arm : e.arms) {
    if (arm.guard) onExpr(*arm.guard);
    onExpr(*arm.body);
  }
  for (const FieldInit& f : e.fields) onExpr(*f.value);
}

// ---------------------------------------------------------------- statements

enum class StmtKind {
  Let,    // let pat: T = init else { };
  Expr,   // expr;  or a block-like expr without `;`
  Empty,  // a stray `;`
  Item,   // an item declared in a function body: kept in Program's lists, marked here where it stands
};

struct Stmt {
  StmtKind kind = StmtKind::Empty;
  Span span;
  PatternPtr pattern;   // Let
  TypeExprPtr type;     // Let, may be null
  ExprPtr init;         // Let (may be null), Expr
  BlockPtr elseBlock;   // Let-else, may be null
  bool hasSemicolon = false;  // Expr

  // filled by the checker
  // Let: the temporaries of the initializer that live to the end of the
  // block (temporary lifetime extension), in the order they are made.
  std::vector<const Expr*> extendedTemporaries;
};

struct Block {
  Span span;  // from `{` to `}`; for an implicit main, the whole snippet
  std::vector<Stmt> stmts;
  ExprPtr tail;  // the final expression without `;`, may be null
  int32_t itemScope = -1;  // the ItemScope of the items declared in it, or -1 when it declares none
};

// The values `break 'label value` carries out of the labeled block
// `labeled` (a Block expression whose text is the label), in the order
// written: not those in a closure's body, nor under an inner loop or block
// of the same label, which shadows it.
template <typename OnValue>
void forEachBreakValueOf(const Expr& labeled, OnValue&& onValue) {
  struct Walk {
    const std::string& label;
    OnValue& onValue;
    void expr(const Expr& x) {
      if (x.kind == ExprKind::Closure) return;
      if (x.kind == ExprKind::Break && x.text == label && x.operand) onValue(*x.operand);
      if (x.kind != ExprKind::Break && x.block && x.text == label) return;
      forEachChild(x, [&](const Expr& c) { expr(c); }, [&](const Block& b) { block(b); });
    }
    void block(const Block& b) {
      for (const Stmt& s : b.stmts) {
        if (s.init) expr(*s.init);
        if (s.elseBlock) block(*s.elseBlock);
      }
      if (b.tail) expr(*b.tail);
    }
  };
  Walk{labeled.text, onValue}.block(*labeled.block);
}

// ---------------------------------------------------------------- items

// Where an item is visible from: its own module (private), the parent
// module (`pub(super)`), or everywhere (`pub`, and `pub(crate)` in a
// one-crate program).
enum class Visibility : uint8_t { Private, Super, Public };

// A scope that declares items: the crate root (scope 0), a `mod name { }`,
// or a block of a function body that declares items. A path's first name is
// looked up from the innermost scope outward, up to and including the
// nearest module (check/scopes.h).
struct ItemScope {
  std::string name;      // the module's name; "" for the crate root and for blocks
  int32_t parent = -1;   // -1 for the crate root
  bool isModule = true;  // false for a block
  Visibility vis = Visibility::Private;  // a module's own visibility
  Span span, nameSpan;
};

enum class SelfParam { None, Value, MutValue, Ref, RefMut, Box, MutBox };  // Box: `self: Box<Self>`

struct Param {
  PatternPtr pattern;
  TypeExprPtr type;  // null only for a closure parameter written without one
  Span span;
};

struct FnDecl {
  std::string name;
  Span span;      // whole item
  Span nameSpan;
  Generics generics;
  SelfParam self = SelfParam::None;
  Span selfSpan;
  std::string selfLifetime;  // `&'a self`
  std::vector<Param> params;
  TypeExprPtr ret;  // may be null for ()
  BlockPtr body;    // null for a trait's required method
  bool implicitMain = false;  // true when the parser wrapped bare statements
  std::string implType;       // the type name for methods and associated fns, the trait's name in a trait, else ""
  int32_t scope = 0;          // the ItemScope it is declared in (an impl's or a trait's, for methods)
  Visibility vis = Visibility::Private;
};

// `Red`, `Move { x: i32, y: i32 }`, `Write(String)`, `A = 3`.
enum class VariantShape : uint8_t { Unit, Tuple, Struct };

struct StructField;

struct EnumVariant {
  std::string name;
  Span span;
  VariantShape shape = VariantShape::Unit;
  std::vector<StructField> fields;  // Tuple: named "0", "1", ...
  ExprPtr discriminant;             // `= 3`, may be null
};

struct StructField {
  std::string name;  // tuple structs: "0", "1", ...
  TypeExprPtr type;
  Span span;
  Visibility vis = Visibility::Private;  // enum variants' fields are always public
};

struct StructDecl {
  std::string name;
  Span span;
  Span nameSpan;
  Generics generics;
  std::vector<StructField> fields;
  bool isTuple = false;  // struct P(i32, i32);
  bool isUnit = false;   // struct Marker;
  std::vector<std::string> derives;  // #[derive(Debug, Clone, Copy, PartialEq)], and "repr(C)", "repr(u8)" ... for #[repr(..)]
  int32_t scope = 0;
  Visibility vis = Visibility::Private;
};

struct EnumDecl {
  std::string name;
  Span span;
  Span nameSpan;
  Generics generics;
  std::vector<EnumVariant> variants;
  std::vector<std::string> derives;
  int32_t scope = 0;
  Visibility vis = Visibility::Private;
};

// `const MAX: u32 = 100;` and `static GREETING: &str = "hi";`.
struct ConstDecl {
  std::string name;
  Span span;
  Span nameSpan;
  bool isStatic = false;
  bool associated = false;  // in an inherent impl (`Version::ZERO`), not a module's item
  TypeExprPtr type;
  ExprPtr init;
  int32_t scope = 0;
  Visibility vis = Visibility::Private;
};

// `type Km = i32;`, `type Grid<T> = Vec<Vec<T>>;`
struct TypeAliasDecl {
  std::string name;
  Span span;
  Span nameSpan;
  Generics generics;
  TypeExprPtr type;
  int32_t scope = 0;
  Visibility vis = Visibility::Private;
};

// One import: `use a::b;` imports `b`, `use a::b as c;` imports it as `c`,
// `use a::*;` everything public in `a`. A group `use a::{b, c::d, self}` is
// one UseDecl per name it imports (`self` imports `a` itself).
struct UseDecl {
  Span span;                  // the whole `use` item
  Path path;                  // the imported path (for a glob, the module or enum it reads)
  Span written;               // this import as written: `a::b`, or `b` in `use a::{b, c};`
  bool glob = false;          // `::*`
  std::string name;           // the name it brings into scope: the alias, or the path's last segment
  Span nameSpan;              // where that name is written
  int32_t scope = 0;
  Visibility vis = Visibility::Private;
};

// `type Item = u32;` in an impl, `type Item;` (with bounds, maybe a
// default) in a trait.
struct AssocType {
  std::string name;
  Span span;
  std::vector<TraitBound> bounds;  // trait: `type Output: Display;`
  TypeExprPtr type;                // impl: the type; trait: the default, may be null
};

// `impl<T> Stack<T> { .. }`, `impl Display for Point { .. }`.
struct ImplBlock {
  std::string typeName;  // the self type's last path segment ("Stack", "Point"), or "" for other types
  Span span;
  Generics generics;
  std::optional<Path> trait;  // `impl Trait for Type`
  TypeExprPtr selfType;
  std::vector<FnDecl> fns;
  std::vector<AssocType> types;
  std::vector<int32_t> consts;  // its associated constants: indexes into Program::consts
  int32_t scope = 0;
};

// `trait Shape: Debug { fn area(&self) -> f64; fn name(&self) -> String { .. } }`
struct TraitDecl {
  std::string name;
  Span span;
  Span nameSpan;
  Generics generics;
  std::vector<TraitBound> supertraits;
  std::vector<FnDecl> fns;  // required methods have no body
  std::vector<AssocType> types;
  std::vector<ConstDecl> consts;  // associated constants; one without a default has no init
  int32_t scope = 0;
  Visibility vis = Visibility::Private;
};

// `#[allow(overflowing_literals)]` before an item or statement, or
// `#![allow(arithmetic_overflow)]` inside a module, a block or the file:
// where one of the deny-by-default lints the checker raises is silenced
// (`warn` and `expect` silence it too, as only an error stops rustc).
struct LintAllowance {
  std::string lint;
  Span region;
};

struct Program {
  std::vector<FnDecl> fns;  // free functions, `main` among them; methods stay in their ImplBlock
  std::vector<StructDecl> structs;
  std::vector<EnumDecl> enums;
  std::vector<ImplBlock> impls;
  std::vector<TraitDecl> traits;
  std::vector<UseDecl> uses;
  std::vector<ConstDecl> consts;  // consts and statics
  std::vector<TypeAliasDecl> typeAliases;
  std::vector<ItemScope> scopes;  // scopes[0] is the crate root
  bool isSnippet = false;   // bare statements wrapped in an implicit main
  std::vector<LintAllowance> allowedLints;

  bool allows(std::string_view lint, Span at) const {
    return std::any_of(allowedLints.begin(), allowedLints.end(), [&](const LintAllowance& a) {
      return a.lint == lint && a.region.start <= at.start && at.end <= a.region.end;
    });
  }
};

}  // namespace sh
