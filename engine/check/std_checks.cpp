// The checks of std rows whose typing a signature cannot say alone (a
// Pattern argument, an unsigned twin type, an iterator that must run
// backwards), and the std names reached by a path through an integer type
// (`i32::MAX`, `u8::from_str_radix`).
//
// They sit apart from resolve_calls.cpp, which types calls in general,
// because they belong to the std tables (check/std_methods.def,
// check/std_fns.def): a row names its check, and the check is here.
#include "check/resolver.h"

#include <cctype>
#include <cfloat>
#include <cmath>

namespace sh {

namespace {

// A method's name as its iterator type's: `iter_mut` -> `IterMut`.
std::string camelCase(const std::string& name) {
  std::string out;
  bool upper = true;
  for (char c : name) {
    if (c == '_') upper = true;
    else out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    if (c != '_') upper = false;
  }
  return out;
}

// Whether the iterator `m` makes goes one way only: a hash map's or hash
// set's (hashbrown's buckets have no back), a B-tree set's set operations.
bool madeOneWay(BuiltinMethod m) {
  StdReceiver from = stdMethod(m).receiver;
  return from == StdReceiver::HashMap || from == StdReceiver::HashSet || m == BuiltinMethod::BSetIntersection ||
         m == BuiltinMethod::BSetDifference || m == BuiltinMethod::BSetUnion || m == BuiltinMethod::BSetSymmetricDifference;
}

// The unsigned integer type of k's width: u32 for i32, u32 for u32.
IntKind unsignedOf(IntKind k) {
  IntKind out = k;
  parseIntKind(std::string("u") + (intKindName(k) + 1), &out);
  return out;
}

// Which position of a signature's parameters is `_`.
size_t holeIndex(std::string_view signature) {
  size_t index = 0;
  for (char c : signature.substr(0, signature.find('_'))) index += c == ',';
  return index;
}

}  // namespace

// What std's Pattern trait accepts here: text (&str, &String, &&str), found
// by a searcher that only runs forwards and backwards separately, or chars
// (a char, an array or slice of chars, `&[char; N]`), whose searcher runs
// both ways at once (trim_matches and `.rev()` need that); a closure or
// function on chars is checkCharPredicate's.
Resolver::SearchKind Resolver::searchKindOf(TypeId pattern) const {
  TypeId p = T_.resolveDeep(pattern);
  const Type& t = T_.get(p);
  if (t.kind == TypeKind::Char) return SearchKind::Chars;
  if (t.kind == TypeKind::Array && T_.get(t.args[0]).kind == TypeKind::Char) return SearchKind::Chars;
  if (t.kind != TypeKind::Ref) return SearchKind::None;
  const Type& target = T_.get(t.args[0]);
  if (target.kind == TypeKind::Str || target.kind == TypeKind::String) return SearchKind::Text;
  if (target.kind == TypeKind::Ref && T_.get(target.args[0]).kind == TypeKind::Str) return SearchKind::Text;
  if ((target.kind == TypeKind::Array || target.kind == TypeKind::Slice) && T_.get(target.args[0]).kind == TypeKind::Char)
    return SearchKind::Chars;
  return SearchKind::None;
}

// std's `impl<F: FnMut(char) -> bool> Pattern for F`: the bound a closure
// or function given as a Pattern must meet.
TraitRef Resolver::charPredicateBound(Span at) {
  return TraitRef{stdTrait(StdTrait::FnMut), {T_.tupleOf({T_.charType()})}, {{0, T_.boolType()}}, at};
}

// A closure written in place (`|c| c == ','`, its parameter a char by the
// bound) or a function named by its path (`char::is_whitespace`).
static bool writtenAsPredicate(const Expr& arg) {
  return arg.kind == ExprKind::Closure || (arg.kind == ExprKind::Path && arg.path.segments.size() == 2 && arg.path.segments[0].name == "char");
}

// A callable given as a Pattern: it must take a char and return bool
// (a closure written there taking another type is E0631 at the method,
// another mismatch E0277). One the engine
// cannot call from a search (a generic parameter, a trait object) is not
// supported yet.
bool Resolver::checkCharPredicate(TypeId pattern, const Expr& arg, Span method) {
  std::vector<TypeId> params;
  TypeId ret = kNoType;
  uint8_t mode = 0;
  if (!callableSignature(pattern, &params, &ret, &mode)) return false;
  TypeId callee = T_.resolve(pattern);
  while (T_.get(callee).kind == TypeKind::Ref) callee = T_.resolve(T_.get(callee).args[0]);
  if (T_.get(callee).kind != TypeKind::FnPtr && T_.closureOf(callee) < 0)
    fail(DiagCode::None, "a `" + typeName(pattern) + "` given as a Pattern is not supported yet (a closure or a function is)", arg.span);
  if (arg.kind == ExprKind::Closure) requireClosureParamsFit(params, {T_.charType()}, method);
  bool fits = params.size() == 1 && unify(params[0], T_.charType()) && unify(ret, T_.boolType());
  if (!fits)
    fail(DiagCode::E0277, "expected a `FnMut(char)` closure, found `" + typeName(pattern) + "`", arg.span,
         "expected an `FnMut(char)` closure, found `" + typeName(pattern) + "`");
  requireTrait(pattern, charPredicateBound(arg.span), arg.span);
  return true;
}

// The pattern argument of a call typed by its row, `_` in the signature.
TypeId Resolver::checkPatternArgument(Expr& e, BuiltinMethod m, TypeId self, bool bothWays) {
  TypeId pattern = T_.newVar(VarKind::Any);
  const Expr& arg = *e.args[holeIndex(stdMethod(m).signature)];
  if (writtenAsPredicate(arg)) obligations_.push_back({pattern, charPredicateBound(arg.span), arg.span});
  TypeId result = typeMethodCall(e, m, self, pattern);
  std::string name = typeName(pattern);
  if (checkCharPredicate(pattern, arg, e.nameSpan)) return result;  // a searcher that runs both ways, as a set of chars's
  switch (searchKindOf(pattern)) {
    case SearchKind::None:
      fail(DiagCode::E0277, "the trait bound `" + name + ": Pattern` is not satisfied", arg.span,
           std::string("the trait `") + (T_.get(T_.resolveDeep(pattern)).kind == TypeKind::String ? "Pattern" : "FnMut(char)") +
               "` is not implemented for `" + name + "`");
    case SearchKind::Text:
      if (bothWays)
        fail(DiagCode::E0277, "the trait bound `for<'a> StrSearcher<'a, '_>: DoubleEndedSearcher<'a>` is not satisfied", arg.span,
             "the nightly-only, unstable trait `for<'a> DoubleEndedSearcher<'a>` is not implemented for `StrSearcher<'a, '_>`");
      break;
    case SearchKind::Chars: break;
  }
  // split, rsplit and split_terminator by one char or by a str can be kept (std's Split<'_, char>,
  // Split<'_, &str> and their kin, check/types.h); by a closure or several chars they are chains
  // consumed where they are made
  KeptIter kept = m == BuiltinMethod::StrSplit ? KeptIter::Split : m == BuiltinMethod::StrRsplit ? KeptIter::RSplit
                : m == BuiltinMethod::StrSplitTerminator ? KeptIter::SplitTerminator : KeptIter::None;
  bool searchable = T_.get(T_.resolve(pattern)).kind == TypeKind::Char || searchKindOf(pattern) == SearchKind::Text;
  if (kept != KeptIter::None && searchable) return T_.splitterOf(kept, T_.resolveDeep(pattern));
  return result;
}

TypeId Resolver::anyPattern(Expr& e, BuiltinMethod m, TypeId self, TypeId) { return checkPatternArgument(e, m, self, false); }
TypeId Resolver::charPattern(Expr& e, BuiltinMethod m, TypeId self, TypeId) { return checkPatternArgument(e, m, self, true); }

// `.rev()` needs an iterator that runs backwards: split and its kin only
// with a char pattern, splitn and rsplitn never.
TypeId Resolver::reversibleIterator(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  const Expr& source = *e.operand;
  if (source.kind == ExprKind::MethodCall && source.resolvedKind == static_cast<uint8_t>(Resolved::Method)) {
    auto from = static_cast<BuiltinMethod>(source.resolved);
    const StdMethodRow& row = stdMethod(from);
    bool counted = from == BuiltinMethod::StrSplitn || from == BuiltinMethod::StrRsplitn;
    bool searches = row.receiver == StdReceiver::Text && std::string_view(row.signature).find('_') != std::string_view::npos;
    if (searches) {
      TypeId pattern = source.args[holeIndex(row.signature)]->type;
      std::string iter = std::string("std::str::") + (from == BuiltinMethod::StrSplitn ? "SplitN" : "RSplitN") + "<'_, " +
                         typeName(pattern) + ">";
      if (counted)
        fail(DiagCode::E0277, "the trait bound `" + iter + ": DoubleEndedIterator` is not satisfied", e.nameSpan,
             "the trait `DoubleEndedIterator` is not implemented for `" + iter + "`");
      if (searchKindOf(pattern) == SearchKind::Text) failStrSearcherBackwards(e);
    }
  }
  if (walksWithStrSearcher(T_.resolve(source.type))) failStrSearcherBackwards(e);  // `let parts = s.split(", "); parts.rev()`
  bool adaptedHere = source.kind == ExprKind::MethodCall && source.resolvedKind == static_cast<uint8_t>(Resolved::Method) &&
                     stdMethod(static_cast<BuiltinMethod>(source.resolved)).receiver == StdReceiver::Iter;
  if (!adaptedHere && !keptWalksBack(T_.resolve(source.type)))  // ExactSizeIterator of what it holds, unchecked here
    fail(DiagCode::None, "`rev` of a kept adapter (`enumerate`, `skip`, `take`, `peekable`, `zip`, `chain`, ...) is not supported yet", e.nameSpan);
  requireWayBack(source, e);
  return bySignature(e, m, self, expected);
}

// A split by a &str, kept: its StrSearcher walks back only as a
// ReverseSearcher (rsplit), never as a DoubleEndedSearcher.
bool Resolver::walksWithStrSearcher(TypeId iter) const {
  return keptSplitsText(T_.keptIter(iter)) && T_.splitSearcher(iter) == SplitSearcher::Str;
}

void Resolver::failStrSearcherBackwards(const Expr& rev) {
  fail(DiagCode::E0277, "the trait bound `StrSearcher<'_, '_>: DoubleEndedSearcher<'_>` is not satisfied", rev.nameSpan,
       "the nightly-only, unstable trait `DoubleEndedSearcher<'_>` is not implemented for `StrSearcher<'_, '_>`");
}

// Whether a kept iterator can be reversed where it was kept (`let m =
// v.iter().map(f); m.rev()`): a source's own iterator, or map, filter,
// filter_map, inspect, copied and cloned around one that can be, as std's
// DoubleEndedIterator impls say (those of the others ask ExactSizeIterator
// too, which is not checked here).
bool Resolver::keptWalksBack(TypeId iter) const {
  KeptIter k = T_.keptIter(iter);
  if (!keptAdapter(k)) return true;
  bool passesThrough = k == KeptIter::Map || k == KeptIter::Filter || k == KeptIter::FilterMap || k == KeptIter::Inspect ||
                       k == KeptIter::Copied || k == KeptIter::Cloned;
  TypeId inner = T_.get(iter).args[1];
  return passesThrough && !keptSplitsText(T_.keptIter(inner)) && keptWalksBack(inner);
}

// The adapters the engine walks backwards: a chain of them over a source
// that can (an exact-size one under enumerate, as std's bound says).
void Resolver::requireWayBack(const Expr& chain, const Expr& rev) {
  TypeKind k = T_.get(T_.resolve(chain.type)).kind;
  if (k == TypeKind::Struct || k == TypeKind::Enum)  // going back needs DoubleEndedIterator, which the subset's programs cannot implement
    fail(DiagCode::E0277, "the trait bound `" + typeName(chain.type) + ": DoubleEndedIterator` is not satisfied", rev.nameSpan,
         "the trait `DoubleEndedIterator` is not implemented for `" + typeName(chain.type) + "`");
  if (chain.kind == ExprKind::Call && chain.resolvedKind == static_cast<uint8_t>(Resolved::Builtin))  // std::iter::repeat, once, ...
    fail(DiagCode::None, "`" + rev.text + "` after `" + std::string(builtinFnPath(static_cast<BuiltinFn>(chain.resolved))) + "` is not supported yet",
         rev.nameSpan);
  if (chain.kind == ExprKind::Paren) return requireWayBack(*chain.operand, rev);
  if (chain.kind == ExprKind::Range && chain.lhs && !chain.rhs) failRangeFromBackwards(chain, rev.nameSpan);
  if (chain.kind != ExprKind::MethodCall || chain.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return;
  auto m = static_cast<BuiltinMethod>(chain.resolved);
  // An iterator made one way is no DoubleEndedIterator, named as rustc
  // names it (`hash_map::Iter<'_, K, V>`).
  StdReceiver from = stdMethod(m).receiver;
  if (madeOneWay(m)) {
    const char* module = from == StdReceiver::HashMap ? "hash_map::" : from == StdReceiver::HashSet ? "hash_set::" : "btree_set::";
    std::string iter = std::string("std::collections::") + module + camelCase(chain.text) + "<'_";
    TypeId owner = T_.resolve(chain.operand->type);
    while (T_.get(owner).kind == TypeKind::Ref) owner = T_.resolve(T_.get(owner).args[0]);
    for (TypeId a : T_.get(owner).args) iter += ", " + typeName(a);
    iter += ">";
    fail(DiagCode::E0277, "the trait bound `" + iter + ": DoubleEndedIterator` is not satisfied", rev.nameSpan,
         "the trait `DoubleEndedIterator` is not implemented for `" + iter + "`");
  }
  if (from != StdReceiver::Iter) return;
  switch (m) {
    case BuiltinMethod::IterMap: case BuiltinMethod::IterFilter: case BuiltinMethod::IterFilterMap: case BuiltinMethod::IterInspect:
    case BuiltinMethod::IterCopied: case BuiltinMethod::IterCloned: case BuiltinMethod::IterRev:
      return requireWayBack(*chain.operand, rev);
    // DoubleEndedIterator for Enumerate, Skip, Take and StepBy asks
    // ExactSizeIterator of what they hold too; for Zip, of both.
    case BuiltinMethod::IterEnumerate: case BuiltinMethod::IterSkip: case BuiltinMethod::IterTake:
    case BuiltinMethod::IterStepBy:
      requireWayBack(*chain.operand, rev);
      return requireExactSize(*chain.operand, chain, rev);
    case BuiltinMethod::IterZip:
      requireWayBack(*chain.operand, rev);
      requireWayBack(*chain.args[0], rev);
      requireExactSize(*chain.operand, chain, rev);
      return requireExactSize(*chain.args[0], chain, rev);
    case BuiltinMethod::IterChain:
      requireWayBack(*chain.args[0], rev);
      return requireWayBack(*chain.operand, rev);
    default:
      fail(DiagCode::None, "`" + rev.text + "` after `" + chain.text + "` is not supported yet", rev.nameSpan);
  }
}

// `a..` has no end to walk back from: rustc's E0277 where the bound is
// asked (the range itself for its own `rev`, the `rev` after an adapter).
void Resolver::failRangeFromBackwards(const Expr& range, Span at) {
  std::string type = "std::ops::RangeFrom<" + typeName(T_.get(T_.resolve(range.type)).args[0]) + ">";
  fail(DiagCode::E0277, "the trait bound `" + type + ": DoubleEndedIterator` is not satisfied", at,
       "the trait `DoubleEndedIterator` is not implemented for `" + type + "`");
}

// `(a..b).rev()`: never of `a..`, which rustc blames inside its
// parentheses (`1..`, though a parenthesised expression's span is theirs).
TypeId Resolver::rangeWalkedBack(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  const Expr* range = &withoutParens(*e.operand);
  if (range->kind == ExprKind::Range && range->lhs && !range->rhs)
    failRangeFromBackwards(*range, Span{range->lhs->span.start, range->span.end - (range == e.operand.get() ? 0u : 1u)});
  return bySignature(e, m, self, expected);
}

// Range::contains(&item): for ranges of numbers and chars with both ends
// written, the only ranges the engine keeps; a range open at an end, or of
// another PartialOrd type (Strings), is not supported yet.
TypeId Resolver::containedInRange(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  const Expr* range = &withoutParens(*e.operand);
  if (range->kind == ExprKind::Range && (!range->lhs || !range->rhs))
    fail(DiagCode::None, "`contains` of a range open at an end is not supported yet", e.nameSpan);
  TypeId arg = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, arg);
  TypeId elem = T_.resolve(T_.get(T_.resolve(self)).args[0]);
  const Type given = T_.get(T_.resolve(arg));
  if (given.kind != TypeKind::Ref) mismatch(e.args[0]->span, T_.refTo(elem, false), arg);
  if (!unify(given.args[0], elem))  // `T: PartialOrd<U>` with another U
    fail(DiagCode::E0277, "can't compare `" + typeName(elem) + "` with `" + typeName(given.args[0]) + "`", e.args[0]->span);
  const Type t = T_.get(T_.resolve(elem));
  bool scalar = t.kind == TypeKind::Int || t.kind == TypeKind::Float || t.kind == TypeKind::Char ||
                (t.kind == TypeKind::Var && t.varKind != VarKind::Any);
  if (!scalar) fail(DiagCode::None, "`contains` of a range of `" + typeName(elem) + "` is not supported yet", e.nameSpan);
  return result;
}

// ExactSizeIterator, which `rev` after `adapter` asks of `part`: rustc's
// E0277 at the `rev` naming the innermost part without it (`Chars<'_>`
// under a map, `std::ops::Range<u64>`); a part the engine cannot tell is
// "not supported yet". A range whose `{integer}` element is still open is
// checked when the function's inference is done (`(0..10).take(3).rev()`
// collected into a Vec<u64> is over a Range<u64>; an element left open
// falls back to i32).
void Resolver::requireExactSize(const Expr& part, const Expr& adapter, const Expr& rev) {
  std::string lacking;
  rangeElementOpen_ = false;
  bool known = knowsExactSize(part, &lacking);
  if (rangeElementOpen_) openExactSizes_.push_back({&part, &adapter, &rev});
  if (!known)
    fail(DiagCode::None, "`" + rev.text + "` after this `" + adapter.text + "` is not supported yet", rev.nameSpan);
  if (!lacking.empty())
    fail(DiagCode::E0277, "the trait bound `" + lacking + ": ExactSizeIterator` is not satisfied", rev.nameSpan,
         "the trait `ExactSizeIterator` is not implemented for `" + lacking + "`");
}

// Whether the engine knows if `part` (an iterator, a range, or a
// collection zip takes by IntoIterator) is ExactSizeIterator as std says;
// if it is not, *lacking names the part without it. Ranges: std counts
// only those of integers up to 32 bits and usize/isize (`a..=b` only of 8
// and 16 bits), never `a..`.
bool Resolver::knowsExactSize(const Expr& part, std::string* lacking) {
  if (part.kind == ExprKind::Paren) return knowsExactSize(*part.operand, lacking);
  TypeId type = T_.resolve(part.type);
  const Type& t = T_.get(type);
  if (part.kind == ExprKind::Ref || t.kind == TypeKind::Vec || t.kind == TypeKind::Array) {  // `&v`, `v`: a slice's or a Vec's iterator
    TypeKind held = T_.get(T_.resolve(t.kind == TypeKind::Ref ? t.args[0] : type)).kind;
    return held == TypeKind::Vec || held == TypeKind::Array || held == TypeKind::Slice;
  }
  if (t.kind == TypeKind::Range) {  // an `{integer}` element settled: read as the i32 it falls back to, as rustc names it
    const Type& elem = T_.get(T_.resolve(t.args[0]));
    bool from = part.kind == ExprKind::Range && part.lhs && !part.rhs;
    if (elem.kind == TypeKind::Var && !from && !settlingExactSizes_) {
      rangeElementOpen_ = true;
      return true;
    }
    IntKind k = elem.kind == TypeKind::Int ? elem.intKind : IntKind::I32;
    bool small = (elem.kind == TypeKind::Int || (elem.kind == TypeKind::Var && elem.varKind == VarKind::Integer)) &&
                 (t.inclusive ? intKindBytes(k) <= 2 : intKindBytes(k) <= 4 || k == IntKind::Usize || k == IntKind::Isize);
    std::string elemName = elem.kind == TypeKind::Var && elem.varKind == VarKind::Integer && !from ? "i32" : typeName(t.args[0]);
    if (from || !small)
      *lacking = std::string("std::ops::") + (from ? "RangeFrom" : t.inclusive ? "RangeInclusive" : "Range") + "<" + elemName + ">";
    return true;
  }
  if (t.kind == TypeKind::Iter && part.kind != ExprKind::MethodCall) {  // a kept source's iterator
    switch (T_.keptIter(type)) {
      case KeptIter::SliceIter: case KeptIter::SliceIterMut: case KeptIter::Bytes: case KeptIter::VecIntoIter: case KeptIter::Windows:
      case KeptIter::Chunks: case KeptIter::ChunksExact:
        return true;
      case KeptIter::Chars: *lacking = "Chars<'_>"; return true;
      case KeptIter::CharIndices: *lacking = "CharIndices<'_>"; return true;
      case KeptIter::None: case KeptIter::Split: case KeptIter::SplitWhitespace: case KeptIter::Lines: case KeptIter::RSplit:
      case KeptIter::SplitTerminator: SH_CASE_KEPT_ADAPTERS
        return false;
    }
  }
  if (part.kind != ExprKind::MethodCall || part.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(part.resolved)) {
    case BuiltinMethod::VecIter: case BuiltinMethod::VecIterMut: case BuiltinMethod::VecIntoIter: case BuiltinMethod::ArrayIntoIter:
    case BuiltinMethod::SliceChunks: case BuiltinMethod::SliceChunksExact: case BuiltinMethod::SliceWindows: case BuiltinMethod::StrBytes:
      return true;
    case BuiltinMethod::StrChars: *lacking = "Chars<'_>"; return true;
    case BuiltinMethod::StrCharIndices: *lacking = "CharIndices<'_>"; return true;
    case BuiltinMethod::RangeRev: case BuiltinMethod::IterMap: case BuiltinMethod::IterInspect: case BuiltinMethod::IterCopied:
    case BuiltinMethod::IterCloned: case BuiltinMethod::IterRev: case BuiltinMethod::IterEnumerate: case BuiltinMethod::IterSkip:
    case BuiltinMethod::IterTake: case BuiltinMethod::IterStepBy:
      return knowsExactSize(*part.operand, lacking);
    case BuiltinMethod::IterZip:
      return knowsExactSize(*part.operand, lacking) && (!lacking->empty() || knowsExactSize(*part.args[0], lacking));
    case BuiltinMethod::IterFilter: case BuiltinMethod::IterFilterMap: case BuiltinMethod::IterTakeWhile:
    case BuiltinMethod::IterSkipWhile: case BuiltinMethod::IterChain: {
      std::string name = camelCase(part.text);
      *lacking = (name == "Chain" ? "std::iter::Chain<" : name + "<") + typeName(part.operand->type) + ", ..>";
      return true;
    }
    default: return false;
  }
}

// rfind, rposition and nth_back walk from the back (DoubleEndedIterator;
// rposition asks ExactSizeIterator too, to count the index from the front)
// an iterator made for the call; one kept in a variable is not supported yet.
TypeId Resolver::consumedFromTheBack(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  const Expr* source = &withoutParens(*e.operand);
  if (source->kind != ExprKind::MethodCall && source->kind != ExprKind::Range)
    fail(DiagCode::None, "`" + e.text + "` of an iterator kept in a variable is not supported yet", e.nameSpan);
  // rfind and nth_back are DoubleEndedIterator's own methods: over a one-way iterator rustc's E0599 names std's struct
  if (m != BuiltinMethod::IterRposition && reachesOneWayIterator(*source))
    fail(DiagCode::None, "`" + e.text + "` of this iterator is not supported yet", e.nameSpan);
  requireWayBack(*source, e);
  if (m == BuiltinMethod::IterRposition) requireExactSize(*source, *source, e);
  return bySignature(e, m, self, expected);
}

// Whether a chain reaches an iterator that goes one way only: `a..`, a
// hash map's or hash set's, a set operation's.
bool Resolver::reachesOneWayIterator(const Expr& chain) {
  if (chain.kind == ExprKind::Paren) return reachesOneWayIterator(*chain.operand);
  if (chain.kind == ExprKind::Range) return chain.lhs && !chain.rhs;
  if (chain.kind != ExprKind::MethodCall || chain.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  auto m = static_cast<BuiltinMethod>(chain.resolved);
  if (madeOneWay(m)) return true;
  if (stdMethod(m).receiver != StdReceiver::Iter) return false;
  bool second = (m == BuiltinMethod::IterZip || m == BuiltinMethod::IterChain) && reachesOneWayIterator(*chain.args[0]);
  return second || reachesOneWayIterator(*chain.operand);
}

// `cycle` clones its iterator (std's Cycle keeps the original to start
// over from): the engine runs it over what a clone copies bytes of (a
// slice's, a str's, chunks', windows' iterators made here, a range) and
// the adapters without a closure around them; others are not supported yet.
TypeId Resolver::cyclableIterator(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  if (!clonedByBytes(*e.operand)) fail(DiagCode::None, "`cycle` of this iterator is not supported yet", e.nameSpan);
  return bySignature(e, m, self, expected);
}

bool Resolver::clonedByBytes(const Expr& part) {
  if (part.kind == ExprKind::Paren) return clonedByBytes(*part.operand);
  if (part.kind == ExprKind::Range) return true;
  if (part.kind == ExprKind::Ref) return !part.isMut;  // zip's or chain's `&v`: a slice's iterator (their checks ask IntoIterator)
  if (part.kind != ExprKind::MethodCall || part.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(part.resolved)) {
    case BuiltinMethod::VecIter: case BuiltinMethod::StrChars: case BuiltinMethod::StrBytes: case BuiltinMethod::StrCharIndices:
    case BuiltinMethod::SliceChunks: case BuiltinMethod::SliceChunksExact: case BuiltinMethod::SliceWindows:
      return true;
    case BuiltinMethod::RangeRev: case BuiltinMethod::IterEnumerate: case BuiltinMethod::IterSkip: case BuiltinMethod::IterTake:
    case BuiltinMethod::IterStepBy: case BuiltinMethod::IterCopied: case BuiltinMethod::IterCloned: case BuiltinMethod::IterRev:
      return clonedByBytes(*part.operand);
    case BuiltinMethod::IterZip: case BuiltinMethod::IterChain:
      return clonedByBytes(*part.operand) && clonedByBytes(*part.args[0]);
    default: return false;
  }
}

// unsigned_abs and abs_diff: `_` is the unsigned type of the receiver's width.
TypeId Resolver::unsignedTwin(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return typeMethodCall(e, m, self, T_.intType(unsignedOf(T_.get(self).intKind)));
}

// `u8::from_str_radix(s, 16)`: T is the integer type the path starts with.
TypeId Resolver::integerOfPath(Expr& e, BuiltinFn f, TypeId given, TypeId, TypeId expected) {
  IntKind k;
  bool isInt = parseIntKind(e.operand->path.segments[0].name, &k);
  SH_CHECK(isInt, "an integer's associated function reached through a path that names no integer");
  return bySignature(e, f, given, T_.intType(k), expected);
}

// The number type a conversion's path names: `u64` of `u64::from`, `f64` of `f64::from`.
TypeId Resolver::conversionTarget(const Expr& e) {
  const std::string& name = e.operand->path.segments[0].name;
  IntKind k;
  if (parseIntKind(name, &k)) return T_.intType(k);
  if (name == "char") return T_.charType();
  return name == "f64" ? T_.f64Type() : T_.f32Type();
}

// `u64::from(x)`, `f64::from(n)`, `char::from(b)`: std's lossless From
// impls between numbers (and from bool and char into integers, from u8
// into char), which the run makes as the `as` cast they equal. Another argument type is rustc's E0277 at the
// path's type once inference settles it (`u64::from(5)` asks From<i32>);
// a From impl of the program's own for a number is not run this way.
TypeId Resolver::numberFrom(Expr& e, BuiltinFn, TypeId, TypeId, TypeId) {
  TypeId target = conversionTarget(e);
  checkArgCount(e, 1, e.args.size(), "function");
  TypeId arg = checkExpr(*e.args[0], kNoType);
  Span at = e.operand->path.segments[0].span;
  settleByOnlyFromImpl(arg, target);
  requireTrait(target, TraitRef{stdTrait(StdTrait::From), {arg}, {}, at}, at);
  typeChecks_.push_back([this, target, arg, at] {
    TypeId a = T_.defaultDeep(arg);
    TypeKind k = T_.get(a).kind;
    if (k != TypeKind::Int && k != TypeKind::Float && k != TypeKind::Bool && k != TypeKind::Char && k != TypeKind::Error &&
        findImplFor(target, TraitRef{stdTrait(StdTrait::From), {a}, {}, at}, nullptr) >= 0)
      fail(DiagCode::None, "`" + typeName(target) + "::from` through the program's own From impl is not supported yet", at);
  });
  return target;
}

// `Option::from(x)`: std's `impl<T> From<T> for Option<T>`, `Some(x)`. From
// a `&Option<T>` std has another impl (into `Option<&T>`): not supported yet.
TypeId Resolver::optionFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected) {
  TypeId result = bySignature(e, f, given, t, expected);  // T is the argument's: `Option::from("x")` is an Option<&str> wherever it goes
  const Type arg = e.args.empty() ? Type{} : T_.get(T_.resolve(e.args[0]->type));
  if (arg.kind == TypeKind::Ref && T_.get(T_.resolve(arg.args[0])).kind == TypeKind::Option)
    fail(DiagCode::None, "`Option::from` of a reference to an Option is not supported yet", e.args[0]->span);
  return result;
}

// A literal not settled yet (`u8::from(5)`, `let x: f32 = 2.5.into()`)
// takes the one number type of its kind the target has a From impl for,
// as rustc selects the only impl that fits; with several (u64 has From<u8>,
// <u16>, <u32>) it stays open and falls back to i32 or f64.
void Resolver::settleByOnlyFromImpl(TypeId arg, TypeId target) {
  const Type a = T_.get(T_.resolve(arg));
  if (a.kind != TypeKind::Var || (a.varKind != VarKind::Integer && a.varKind != VarKind::Float)) return;
  std::vector<TypeId> kinds;
  if (a.varKind == VarKind::Integer) {
#define SH_INT_TYPE(name, text, bytes, isSigned) kinds.push_back(T_.intType(IntKind::name));
    SH_INT_KINDS(SH_INT_TYPE)
#undef SH_INT_TYPE
  } else {
    kinds = {T_.f32Type(), T_.f64Type()};
  }
  TypeId only = kNoType;
  int fits = 0;
  for (TypeId k : kinds)
    if (stdImplements(target, StdTrait::From, TraitRef{stdTrait(StdTrait::From), {k}, {}, {}})) only = k, ++fits;
  if (fits == 1) unify(arg, only);
}

// `u8::try_from(x)`: std's checked conversion between integer types,
// Err(TryFromIntError) when x does not fit the target. Between types whose
// conversion is lossless std's TryFrom is the blanket one over From, whose
// error is Infallible: "not supported yet", as is any other argument type.
TypeId Resolver::integerTryFrom(Expr& e, BuiltinFn f, TypeId, TypeId, TypeId) {
  TypeId result, target = conversionTarget(e);
  signatureTypes(T_, stdFn(f).signature, {target, kNoType, T_.newVar(VarKind::Any)}, &result);  // `_`: the argument, checked alone
  checkArgCount(e, 1, e.args.size(), "function");
  TypeId arg = checkExpr(*e.args[0], kNoType);
  Span at = e.operand->span;
  typeChecks_.push_back([this, target, arg, at] { requireCheckedIntConversion(T_.defaultDeep(arg), target, at); });
  return result;
}

// `n.try_into()` of an integer: std's TryInto over TryFrom, into the integer
// type the context settles (`let b: u8 = n.try_into().unwrap();`), checked
// once inferred as `u8::try_from(n)` is.
TypeId Resolver::tryIntoTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId target = T_.newVar(VarKind::Any);
  tryIntoTargets_.push_back({&e, target});
  return typeMethodCall(e, m, self, target);
}

// A conversion std's TryFromIntError reports on: from one integer type to
// another that cannot hold all of its values.
void Resolver::requireCheckedIntConversion(TypeId from, TypeId to, Span at) {
  if (T_.get(from).kind == TypeKind::Error) return;
  if (T_.get(from).kind != TypeKind::Int)
    fail(DiagCode::None, "converting a `" + typeName(from) + "` with `try_from`/`try_into` is not supported yet (between integers it is)", at);
  if (stdImplements(to, StdTrait::From, TraitRef{stdTrait(StdTrait::From), {from}, {}, at}))
    fail(DiagCode::None, "`try_from`/`try_into` from `" + typeName(from) + "` to `" + typeName(to) +
                             "`, which cannot fail (its error is `Infallible`), is not supported yet", at);
}

namespace {

// The float constants: associated (`f64::MAX`) or in std::f64::consts.
struct FloatConstant {
  const char* name;
  double value;
  bool inConsts;
};

const FloatConstant kFloatConstants[] = {
    {"MAX", DBL_MAX, false},        {"MIN", -DBL_MAX, false},     {"MIN_POSITIVE", DBL_MIN, false},
    {"EPSILON", DBL_EPSILON, false}, {"INFINITY", HUGE_VAL, false}, {"NEG_INFINITY", -HUGE_VAL, false},
    {"NAN", NAN, false},            {"PI", M_PI, true},            {"E", M_E, true},
    {"TAU", 2 * M_PI, true},        {"SQRT_2", M_SQRT2, true},     {"LN_2", M_LN2, true},
    {"LN_10", M_LN10, true},        {"FRAC_PI_2", M_PI_2, true},
};

// f32's own extremes; the other constants are f64's rounded to f32.
double f32Value(const FloatConstant& c) {
  std::string name = c.name;
  if (name == "MAX") return FLT_MAX;
  if (name == "MIN") return -FLT_MAX;
  if (name == "MIN_POSITIVE") return FLT_MIN;
  if (name == "EPSILON") return FLT_EPSILON;
  return static_cast<double>(static_cast<float>(c.value));
}

}  // namespace

bool isStdFloatConstant(const std::string& stdPath) {
  for (const char* type : {"f64", "f32"})
    for (const FloatConstant& c : kFloatConstants)
      if (stdPath == std::string("std::") + type + (c.inConsts ? "::consts::" : "::") + c.name) return true;
  return false;
}

// `f64::MAX`, `f32::NAN`, `std::f64::consts::PI`: a constant of the float
// type the path names, kept in floatValue. False when the path names no
// float type.
bool Resolver::checkFloatConstant(Expr& e, TypeId* type) {
  const std::vector<PathSegment>& segs = e.path.segments;
  size_t first = segs.size() > 2 && (segs[0].name == "std" || segs[0].name == "core") ? 1 : 0;
  if (segs.size() - first < 2 || (segs[first].name != "f64" && segs[first].name != "f32")) return false;
  bool consts = segs.size() - first == 3 && segs[first + 1].name == "consts";
  if (consts && first == 0)
    fail(DiagCode::E0223, "ambiguous associated type", Span::cover(segs[0].span, segs[1].span),
         "help: you are looking for the module in `std`, not the primitive type");
  if (segs.size() - first != 2 && !consts) return false;
  bool isF32 = segs[first].name == "f32";
  const std::string& name = segs.back().name;
  for (const FloatConstant& c : kFloatConstants) {
    if (name != c.name || c.inConsts != consts) continue;
    e.floatValue = isF32 ? f32Value(c) : c.value;
    e.resolvedKind = static_cast<uint8_t>(Resolved::FloatConstant);
    *type = isF32 ? T_.f32Type() : T_.f64Type();
    return true;
  }
  fail(DiagCode::E0599, "no associated item named `" + name + "` found for type `" + segs[first].name + "` in the current scope",
       segs.back().span, "associated item not found in `" + segs[first].name + "`");
}

// `i32::MAX`, `u64::MIN`, `u8::BITS`: a constant of the integer type the
// path starts with, kept in intValue (as the bits of a u128) for the
// interpreter and the constant lints. False when the path does not start
// with an integer type.
bool Resolver::checkIntegerConstant(Expr& e, TypeId* type) {
  const Path& p = e.path;
  IntKind k;
  if (p.segments.size() != 2 || !parseIntKind(p.segments[0].name, &k)) return false;
  const std::string& name = p.segments[1].name;
  unsigned bits = intKindBytes(k) * 8;
  bool isSigned = intKindSigned(k);
  unsigned __int128 ones = bits == 128 ? ~static_cast<unsigned __int128>(0) : (static_cast<unsigned __int128>(1) << bits) - 1;
  if (name == "MAX") e.intValue = isSigned ? ones >> 1 : ones;
  else if (name == "MIN") e.intValue = isSigned ? ~(ones >> 1) : 0;
  else if (name == "BITS") e.intValue = bits;
  else if (name == "from_str_radix" || isIntegerMethodName(name))
    fail(DiagCode::None, "an integer's associated function used as a value (`" + std::string(file_.slice(e.span)) + "`) is not supported yet", e.span);
  else
    fail(DiagCode::E0599, "no associated item named `" + name + "` found for type `" + p.segments[0].name + "` in the current scope",
         p.segments[1].span, "associated item not found in `" + p.segments[0].name + "`");
  e.resolvedKind = static_cast<uint8_t>(Resolved::IntegerConstant);
  *type = name == "BITS" ? T_.intType(IntKind::U32) : T_.intType(k);
  return true;
}

// ---------------------------------------------------------------- bounded impls

// Vec::drain, String::drain, VecDeque::drain and range take any `RangeBounds<usize>`: here a range
// of usize (the engine reads which ends it has from how it is written, as
// slicing does); another range is rustc's E0277, anything else not run yet.
TypeId Resolver::drainedRange(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId arg = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, arg);
  const Type given = T_.get(T_.resolve(arg));
  if (given.kind == TypeKind::Error) return result;
  if (given.kind == TypeKind::Range && !unify(given.args[0], T_.usize()))
    fail(DiagCode::E0277, "the trait bound `" + typeName(arg) + ": RangeBounds<usize>` is not satisfied", e.args[0]->span,
         "the trait `RangeBounds<usize>` is not implemented for `" + typeName(arg) + "`");
  if (given.kind != TypeKind::Range)
    fail(DiagCode::None, "`" + e.text + "` with a `" + typeName(arg) + "` (only a range of `usize`) is not supported yet", e.args[0]->span);
  return result;
}

// A method of an impl block with a bound on the element (`impl<T: Copy>
// Cell<T>` has get, `impl<T: Default> RefCell<T>` has take): on a known
// element type without it the method does not exist (E0599 at its name, as
// rustc says); on one still being inferred, the bound waits until it is known.
TypeId Resolver::boundedElement(Expr& e, BuiltinMethod m, TypeId self, StdTrait bound) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId elem = T_.resolve(T_.get(T_.resolve(self)).args[0]);
  TraitRef r{stdTrait(bound), {}, {}, {}};
  if (T_.get(elem).kind == TypeKind::Var) {
    requireTrait(elem, r, e.nameSpan);
    return result;
  }
  // `take` is Iterator's too: rustc lists `Cell<T>: Iterator` unmet as well, and labels the call.
  if (!implements(elem, r)) failUnsatisfiedBounds(e, self, e.text == "take" ? BoundsLabel::CannotBeCalled : BoundsLabel::None);
  return result;
}

TypeId Resolver::copiedElement(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return boundedElement(e, m, self, StdTrait::Copy);
}

TypeId Resolver::defaultElement(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return boundedElement(e, m, self, StdTrait::Default);
}

// Rc::make_mut and Rc::unwrap_or_clone clone the value when the cell is
// shared, so T must be Clone (E0277 at the argument, as rustc says).
TypeId Resolver::clonedElement(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected) {
  TypeId result = bySignature(e, f, given, t, expected);
  requireTrait(t, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, e.args.empty() ? e.span : e.args[0]->span);
  return result;
}

// `Box::from(x)` into a `Box<str>` or a `Box<[T]>`: rustc picks the From impl
// (`&str`, `String`, `&[T]`, `Vec<T>`, `[T; N]`) by the Box's type, which
// the context or a turbofish (`Box::<str>::from`) must give.
TypeId Resolver::boxFrom(Expr& e, BuiltinFn, TypeId given, TypeId, TypeId expected) {
  TypeId pointee = given;
  if (pointee == kNoType && expected != kNoType && T_.get(T_.resolve(expected)).kind == TypeKind::Box)
    pointee = T_.resolve(T_.get(T_.resolve(expected)).args[0]);
  const Type target = T_.get(T_.resolve(pointee));
  if (pointee == kNoType || (target.kind != TypeKind::Str && target.kind != TypeKind::Slice))
    fail(DiagCode::None, "`Box::from` other than into a `Box<str>` or a `Box<[T]>` written in the context is not supported yet",
         e.operand->span);
  checkArgCount(e, 1, e.args.size(), "function");
  TypeId arg = T_.resolve(checkExpr(*e.args[0], kNoType));
  const Type a = T_.get(arg);
  const Type referent = a.kind == TypeKind::Ref ? T_.get(T_.resolve(a.args[0])) : a;
  bool fits = target.kind == TypeKind::Str
                  ? (a.kind == TypeKind::String || (a.kind == TypeKind::Ref && referent.kind == TypeKind::Str))
                  : ((a.kind == TypeKind::Vec || a.kind == TypeKind::Array || (a.kind == TypeKind::Ref && referent.kind == TypeKind::Slice)) &&
                     unify(referent.args[0], target.args[0]));
  if (!fits)
    fail(DiagCode::None, "`Box::from` of a `" + typeName(arg) + "` into a `Box<" + typeName(pointee) + ">` is not supported yet",
         e.args[0]->span);
  if (target.kind == TypeKind::Slice && a.kind == TypeKind::Ref)
    requireTrait(target.args[0], TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, e.args[0]->span);
  return T_.boxOf(pointee);
}

// `s.to_vec()` of a slice (a Vec's, an array's): a Vec<T> of clones, for a
// T that is Clone (E0277 at the method, as rustc), cloned as the run clones
// (not through the program's own Clone impl).
TypeId Resolver::clonedElements(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  TypeId result = bySignature(e, m, self, expected);
  TypeId elem = T_.get(T_.resolve(result)).args[0];
  requireTrait(elem, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, e.nameSpan);
  requireNoHandWrittenClone(elem, "`to_vec`", e.nameSpan);
  return result;
}

// `v.resize(n, x)`: Vec's method for a T that is Clone (its impl block's
// bound, so E0599 otherwise, as rustc); the new elements are clones of x,
// cloned as the run clones.
TypeId Resolver::resizedWithClones(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  TypeId result = bySignature(e, m, self, expected);
  TypeId elem = T_.resolveDeep(T_.get(T_.resolve(self)).args[0]);
  requireImplBoundForMethod(e, elem, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, BoundsLabel::None);
  requireNoHandWrittenClone(elem, "`resize`", e.nameSpan);
  return result;
}

// `b.into_vec()` of a Box<[T]>: a Vec<T>.
TypeId Resolver::elementOfBoxedSlice(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return typeMethodCall(e, m, self, T_.resolve(T_.get(T_.resolve(T_.get(T_.resolve(self)).args[0])).args[0]));
}

// Option<&T>::copied and cloned: Option<T>, for a T that is Copy (copied) or Clone (cloned).
TypeId Resolver::referentOfElement(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId elem = T_.resolve(T_.get(T_.resolve(self)).args[0]);
  if (T_.get(elem).kind != TypeKind::Ref)  // rustc looks for Iterator's method of the name then
    fail(DiagCode::E0599, "no method named `" + e.text + "` found for enum `" + typeName(self) + "` in the current scope",
         e.nameSpan, "`" + typeName(self) + "` is not an iterator");
  TypeId target = T_.get(elem).args[0];
  TypeId result = typeMethodCall(e, m, self, target);
  StdTrait bound = m == BuiltinMethod::OptionCopied ? StdTrait::Copy : StdTrait::Clone;
  requireTrait(target, TraitRef{stdTrait(bound), {}, {}, {}}, e.nameSpan);
  if (bound == StdTrait::Clone) requireNoHandWrittenClone(target, "`cloned`", e.nameSpan);
  return result;
}

// std's clone of a collection, an Option, a tuple or a derived struct: what
// it holds must not reach a Clone impl of the learner's own, which the run
// would not call.
TypeId Resolver::clonedByStd(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  TypeId result = bySignature(e, m, self, expected);
  requireNoHandWrittenClone(self, "`clone`", e.nameSpan);
  return result;
}

// `x.fmt(f)` on a value std or a derive formats: the method of the one
// formatting trait that is in scope (imported, or the trait of the impl
// being written) and that the type implements, as rustc picks it among the
// traits in scope; with both Display and Debug, rustc's E0034. In an
// instance, also the trait of the bound its template found it by
// (`value.fmt(f)` of a `T: Display`).
TypeId Resolver::formattedInScope(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  auto applies = [&](StdTrait trait) { return formattingTraitApplies(self, trait); };
  if (!applies(m == BuiltinMethod::DisplayFmt ? StdTrait::Display : StdTrait::Debug)) return kNoType;
  if (applies(StdTrait::Display) && applies(StdTrait::Debug))
    fail(DiagCode::E0034, "multiple applicable items in scope", e.nameSpan, "multiple `fmt` found");
  return bySignature(e, m, self, expected);
}

// A debug builder's `field(.., &value)` or `entry(&value)`: std takes a
// `&dyn Debug`, which any reference to a Debug value coerces to.
TypeId Resolver::debuggedValue(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId value = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, value);
  requireTrait(value, TraitRef{stdTrait(StdTrait::Debug), {}, {}, {}}, e.args.back()->span);
  return result;
}

// DebugList's `entries(iterable)`: each item an entry, as `entry(&item)`.
// Items the list would own and drop as it goes (the Strings a `map` makes)
// are not supported yet.
TypeId Resolver::debuggedItems(Expr& e, BuiltinMethod, TypeId self, TypeId) {
  e.receiverMode = static_cast<uint8_t>(ReceiverMode::ByMut);
  requireMutableReceiver(e);
  checkArgCount(e, 1, e.args.size(), "method");
  Expr& arg = *e.args[0];
  TypeId given = checkExpr(arg, kNoType);
  TypeId item = intoIteratorItem(given);
  if (item == kNoType) fail(DiagCode::None, "passing a `" + typeName(given) + "` to `entries` is not supported yet", arg.span);
  if (T_.get(T_.resolve(item)).kind != TypeKind::Ref && !T_.isCopy(T_.resolve(item)))
    fail(DiagCode::None, "`entries` of items the list owns and drops (`" + typeName(item) + "`) is not supported yet", arg.span);
  requireDebugEntries(item, e.nameSpan);
  return T_.refTo(self, true);
}

// DebugMap's `entry(&key, &value)`: two `&dyn Debug`, each of its own type (`_` and `V`).
TypeId Resolver::debuggedPair(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId key = T_.newVar(VarKind::Any), value = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, key, value);
  requireTrait(key, TraitRef{stdTrait(StdTrait::Debug), {}, {}, {}}, e.args[0]->span);
  requireTrait(value, TraitRef{stdTrait(StdTrait::Debug), {}, {}, {}}, e.args.back()->span);
  return result;
}

// DebugMap's `entries(iter)`: each item a `(key, value)` pair, as
// `entry(&key, &value)`. An iterator written there (`self.0.iter()`, a
// map's `iter()`) whose pairs the map need not drop; a borrowed collection
// (`&self.0`) is not supported yet.
TypeId Resolver::debuggedPairs(Expr& e, BuiltinMethod, TypeId self, TypeId) {
  e.receiverMode = static_cast<uint8_t>(ReceiverMode::ByMut);
  requireMutableReceiver(e);
  checkArgCount(e, 1, e.args.size(), "method");
  Expr& arg = *e.args[0];
  TypeId given = checkExpr(arg, kNoType);
  TypeId item = T_.get(T_.resolve(given)).kind == TypeKind::Ref ? kNoType : intoIteratorItem(given);
  if (item == kNoType) fail(DiagCode::None, "passing a `" + typeName(given) + "` to `entries` is not supported yet", arg.span);
  const Type pair = T_.get(T_.resolve(item));
  if (pair.kind != TypeKind::Tuple || pair.args.size() != 2 || !T_.isCopy(T_.resolve(item)))
    fail(DiagCode::None, "`entries` of `" + typeName(item) + "` items is not supported yet (pairs of references are)", arg.span);
  for (TypeId part : pair.args) requireDebugEntries(part, e.nameSpan);
  return T_.refTo(self, true);
}

// Items given to `entries` must be Debug; a reference is Debug when what it
// points to is, which rustc names at `entries` (`NoDebug` doesn't implement `Debug`).
void Resolver::requireDebugEntries(TypeId item, Span at) {
  TypeId t = T_.resolve(item);
  while (T_.get(t).kind == TypeKind::Ref) t = T_.resolve(T_.get(t).args[0]);
  requireTrait(t, TraitRef{stdTrait(StdTrait::Debug), {}, {}, {}}, at);
}

// Whether `fmt` of formatting trait `trait` applies to self where the code
// is: the trait in scope (in an instance, as written, or the bound its
// template found the method by) and implemented.
bool Resolver::formattingTraitApplies(TypeId self, StdTrait trait) {
  bool instance = fn_ != nullptr && (fn_->templateFn >= 0 || fn_->ofInstance);
  int32_t t = stdTrait(trait);
  bool inScope = instance ? traitInScopeAsWritten(t) || boundOfInstanceParam(self, t) : traitInScope(t);
  return inScope && implements(self, TraitRef{t, {}, {}, {}});
}

// In an instance: whether t is what a template parameter bounded by
// `trait` (or by a trait it extends) stands for.
bool Resolver::boundOfInstanceParam(TypeId t, int32_t trait) {
  for (size_t i = 0; i < substParams_.size() && i < substArgs_.size(); ++i) {
    if (T_.resolve(substArgs_[i]) != T_.resolve(t)) continue;
    for (const TraitRef& b : allBoundsOf(substParams_[i]))
      if (b.trait == trait) return true;
  }
  return false;
}

// A Box's own `as_ref`/`as_mut`: a reference to what it holds. Where the
// context wants a reference to another type (`let s: &str = b.as_ref();` of
// a Box<String>, which asks std for an AsRef<str> the Box lacks) rustc's
// answer depends on impls the engine does not model: not supported yet.
TypeId Resolver::boxedReferent(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  TypeId own = T_.refTo(T_.get(self).args[0], m == BuiltinMethod::BoxAsMut);
  TypeId want = expected == kNoType ? kNoType : T_.resolveDeep(expected);
  if (want != kNoType && !T_.containsVar(want) && want != T_.resolveDeep(own))
    fail(DiagCode::None, "the method `" + e.text + "` of `" + typeName(self) + "` into a `" + typeName(want) + "` is not supported yet",
         e.nameSpan);
  return bySignature(e, m, self, expected);
}

}  // namespace sh
