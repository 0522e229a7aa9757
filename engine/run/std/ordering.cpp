// PartialOrd and Ord of std's types called as methods (`a.partial_cmp(&b)`,
// `s.cmp(&t)`, `'z'.max('a')`), and the floats' own max, min, clamp and
// total_cmp. The comparison is the one the operators use (compareValues),
// so `a.lt(&b)` and `a < b` cannot disagree. Ord's max, min and clamp take
// their operands by value: the one not returned is dropped, as std's
// max_by and min_by drop it. One function per row of check/std_methods.def.
// Also the comparisons of std's own generic code over `T: Ord` (a binary
// heap's sifts, a B-tree's search, a sort's `is_less`), which call the
// learner's PartialOrd and Ord methods where the program writes them.
#include <cmath>
#include <cstring>

#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

namespace {

// -1, 0, 1 as std::cmp::Ordering's variants, in declaration order (Less, Equal, Greater).
uint32_t orderingVariant(int c) { return static_cast<uint32_t>(c + 1); }

// A value of Ord's Self as compareValues reads it: a reference (Self is
// `&str` in `"kiwi".min("fig")`) compares as what it points at.
Place comparablePlace(Interpreter& in, const Value& v) {
  Place p{in.holdInScratch(v), v.type};
  while (in.types().get(p.type).kind == TypeKind::Ref) p = in.deref(p);
  return p;
}

}  // namespace

// The place a `&Self` argument refers to.
Place Interpreter::referentOfArgument(const StdCall& c, size_t i) {
  return deref(Place{holdInScratch(c.args[i]), c.args[i].type});
}

Value Interpreter::orderingValue(TypeId ordering, int c) {
  Value v(ordering, T_.layout(ordering).size);
  setVariant(v.data(), ordering, orderingVariant(c));
  return v;
}

Value Interpreter::runOrdPartialCmp(StdCall& c) {
  int r = compareValues(c.recv, referentOfArgument(c, 0));
  if (r == kUnordered) return makeOption(c.call.type, nullptr);
  Value ordering = orderingValue(T_.get(c.call.type).args[0], r);
  return makeOption(c.call.type, &ordering);
}

Value Interpreter::runOrdCmp(StdCall& c) { return orderingValue(c.call.type, compareValues(c.recv, referentOfArgument(c, 0))); }

Value Interpreter::runOrdEq(StdCall& c) { return makeBool(compareValues(c.recv, referentOfArgument(c, 0)) == 0); }
Value Interpreter::runOrdNe(StdCall& c) { return makeBool(compareValues(c.recv, referentOfArgument(c, 0)) != 0); }
Value Interpreter::runOrdLt(StdCall& c) { return makeBool(compareValues(c.recv, referentOfArgument(c, 0)) == -1); }
Value Interpreter::runOrdLe(StdCall& c) {
  int r = compareValues(c.recv, referentOfArgument(c, 0));
  return makeBool(r == -1 || r == 0);
}
Value Interpreter::runOrdGt(StdCall& c) { return makeBool(compareValues(c.recv, referentOfArgument(c, 0)) == 1); }
Value Interpreter::runOrdGe(StdCall& c) {
  int r = compareValues(c.recv, referentOfArgument(c, 0));
  return makeBool(r == 1 || r == 0);
}

// Ord::max and min as std's max_by and min_by: on a tie max gives the
// second operand and min the first; the other one is dropped.
Value Interpreter::keepOneOf(const Value& kept, const Value& dropped) {
  dropValueNow(dropped);
  return kept;
}

// Ord::max and min as std 1.95 writes them: `if other < self { self } else
// { other }` and `if other < self { other } else { self }`, that `<` the
// program's own `lt` or `partial_cmp` where the type has one (measured:
// `a.max(b)` calls `b.partial_cmp(&a)`).
Value Interpreter::runOrdMax(StdCall& c) {
  bool otherLess = partialOrderAsStd(comparablePlace(*this, c.args[0]), comparablePlace(*this, c.self), BinaryOp::Lt);
  return otherLess ? keepOneOf(c.self, c.args[0]) : keepOneOf(c.args[0], c.self);
}

Value Interpreter::runOrdMin(StdCall& c) {
  bool otherLess = partialOrderAsStd(comparablePlace(*this, c.args[0]), comparablePlace(*this, c.self), BinaryOp::Lt);
  return otherLess ? keepOneOf(c.args[0], c.self) : keepOneOf(c.self, c.args[0]);
}

// std::cmp::max(v1, v2) and min: std's body, `v1.max(v2)` and `v1.min(v2)`.
Value Interpreter::runCmpMax(StdCall& c) { return runOrdMax(asMethodOfFirst(c)); }
Value Interpreter::runCmpMin(StdCall& c) { return runOrdMin(asMethodOfFirst(c)); }

StdCall& Interpreter::asMethodOfFirst(StdCall& c) {
  c.self = std::move(c.args.front());
  c.args.erase(c.args.begin());
  return c;
}

// Ord::clamp: `assert!(min <= max)` (char's own clamp says it at the call,
// with both bounds), then min if below it, max if above it, else self; the
// two not returned are dropped, the bounds first.
Value Interpreter::runOrdClamp(StdCall& c) {
  Place self = comparablePlace(*this, c.self), lo = comparablePlace(*this, c.args[0]), hi = comparablePlace(*this, c.args[1]);
  if (compareValues(lo, hi) == 1) {
    TypeKind k = T_.get(self.type).kind;
    if (k == TypeKind::Char) {
      FormatSpec debug;
      debug.trait = FormatTrait::Debug;
      panic("min > max. min = " + renderValue(lo, debug) + ", max = " + renderValue(hi, debug), c.call.nameSpan);
    }
    Panic failed{"assertion failed: min <= max", c.call.nameSpan, stdLocation(k == TypeKind::Bool ? StdSite::BoolClamp : StdSite::OrdClamp)};
    startUnwinding(failed);
    std::vector<Value> owned{c.self, c.args[0], c.args[1]};
    dropHeldInCleanup(owned, c.call.span);
    throw failed;
  }
  if (compareValues(self, lo) == -1) {
    dropValueNow(c.args[1]);
    return keepOneOf(c.args[0], c.self);
  }
  if (compareValues(self, hi) == 1) {
    dropValueNow(c.args[0]);
    return keepOneOf(c.args[1], c.self);
  }
  dropValueNow(c.args[0]);
  return keepOneOf(c.self, c.args[1]);
}

// f64::max and min: a NaN operand gives the other; between equal values
// (0.0 and -0.0 too) the receiver.
Value Interpreter::runFloatMax(StdCall& c) {
  double x = readFloat(c.self), y = readFloat(c.args[0]);
  if (std::isnan(x)) return c.args[0];
  if (std::isnan(y)) return c.self;
  return x < y ? c.args[0] : c.self;
}

Value Interpreter::runFloatMin(StdCall& c) {
  double x = readFloat(c.self), y = readFloat(c.args[0]);
  if (std::isnan(x)) return c.args[0];
  if (std::isnan(y)) return c.self;
  return y < x ? c.args[0] : c.self;
}

// f64::clamp: std asserts `min <= max` inside core (a NaN bound fails it),
// then a NaN receiver stays NaN.
Value Interpreter::runFloatClamp(StdCall& c) {
  double x = readFloat(c.self), lo = readFloat(c.args[0]), hi = readFloat(c.args[1]);
  if (!(lo <= hi)) {
    FormatSpec debug;
    debug.trait = FormatTrait::Debug;
    std::string min = renderValue(Place{holdInScratch(c.args[0]), c.args[0].type}, debug);
    std::string max = renderValue(Place{holdInScratch(c.args[1]), c.args[1].type}, debug);
    bool f32 = c.self.size() == 4;
    throw Panic{"min > max, or either was NaN. min = " + min + ", max = " + max, c.call.nameSpan,
                stdLocation(f32 ? StdSite::F32Clamp : StdSite::F64Clamp)};
  }
  if (x < lo) return c.args[0];
  if (x > hi) return c.args[1];
  return c.self;
}

// f64::total_cmp: IEEE 754's total order, by the bits with the sign's
// meaning folded in (-NaN < -inf < ... < -0.0 < 0.0 < ... < inf < NaN).
Value Interpreter::runFloatTotalCmp(StdCall& c) {
  auto key = [](const uint8_t* bytes, uint64_t size) {
    if (size == 4) {
      int32_t bits;
      std::memcpy(&bits, bytes, 4);
      bits ^= static_cast<int32_t>(static_cast<uint32_t>(bits >> 31) >> 1);
      return static_cast<int64_t>(bits);
    }
    int64_t bits;
    std::memcpy(&bits, bytes, 8);
    bits ^= static_cast<int64_t>(static_cast<uint64_t>(bits >> 63) >> 1);
    return bits;
  };
  Place other = referentOfArgument(c, 0);
  uint64_t size = T_.layout(c.recv.type).size;
  std::vector<uint8_t> a(size), b(size);
  mem_.read(c.recv.addr, a.data(), size);
  mem_.read(other.addr, b.data(), size);
  int64_t x = key(a.data(), size), y = key(b.data(), size);
  return orderingValue(c.call.type, x < y ? -1 : x > y ? 1 : 0);
}

// ---------------------------------------------------------------- std's generic code over `T: Ord`

// The learner's comparison method fn called on (&a, &b), a frame of its
// own as in rustc's binary; its answer as compareValues gives one.
int Interpreter::callOwnComparison(int32_t fn, Place a, Place b) {
  const FnInfo& f = p_.fns[fn];
  Value x(f.paramTypes[0], 8), y(f.paramTypes[1], 8);
  x.setU64(0, a.addr);
  y.setU64(0, b.addr);
  return orderOfAnswer(callFunction(fn, {x, y}, currentStepSpan()));
}

// An answer of PartialEq::eq (equal or not), PartialOrd's lt/le/gt/ge
// (1 for true, 0 for false), partial_cmp (None: unordered) or Ord::cmp.
int Interpreter::orderOfAnswer(const Value& answer) {
  const Type t = T_.get(answer.type);
  if (t.kind == TypeKind::Bool) return answer.data()[0] ? 1 : 0;
  Value ordering = answer;
  if (t.kind == TypeKind::Option) {
    if (variantOfValue(answer) == 0) return kUnordered;
    ordering = Value(t.args[0], T_.layout(t.args[0]).size);
    std::memcpy(ordering.data(), answer.data() + T_.layout(answer.type).payloadOffset, ordering.size());
  }
  return static_cast<int>(T_.enumOf(ordering.type).variants[variantOfValue(ordering)].discriminant);
}

// A compared value as std's generic code sees T: what references point at;
// a Reverse's field, its operands swapped (`other.0.cmp(&self.0)`).
bool Interpreter::reversedOperands(Place& a, Place& b) {
  while (T_.get(a.type).kind == TypeKind::Ref) a = deref(a);
  while (T_.get(b.type).kind == TypeKind::Ref) b = deref(b);
  const Type t = T_.get(a.type);
  if (t.kind != TypeKind::Struct || T_.structOf(a.type).stdPath != "std::cmp::Reverse") return false;
  const FieldLayout inner = T_.layout(a.type).fields[0];
  Place x{b.addr + inner.offset, inner.type}, y{a.addr + inner.offset, inner.type};
  a = x;
  b = y;
  return true;
}

// Whether std's comparisons of t call the learner's own impls (directly or through a Reverse).
bool Interpreter::orderedByOwnImpls(TypeId t) const {
  const Type ty = T_.get(t);
  if (ty.kind == TypeKind::Struct && T_.structOf(t).stdPath == "std::cmp::Reverse") return orderedByOwnImpls(ty.args[0]);
  return p_.orderings.count(t) > 0;
}

// Ord::cmp(a, b): the learner's `cmp` if the type has one, else the derived order.
int Interpreter::cmpAsStd(Place a, Place b) {
  if (reversedOperands(a, b)) return cmpAsStd(a, b);
  auto own = p_.orderings.find(a.type);
  if (own != p_.orderings.end() && own->second.cmp >= 0) return callOwnComparison(own->second.cmp, a, b);
  return compareValues(a, b);
}

// `a < b`, `a <= b`, `a > b` or `a >= b` in std's generic code: PartialOrd's
// method, the learner's when the impl writes it, else the trait's default,
// which matches on `partial_cmp` (the learner's, or the derived one).
bool Interpreter::partialOrderAsStd(Place a, Place b, BinaryOp op) {
  if (reversedOperands(a, b)) return partialOrderAsStd(a, b, op);  // Reverse's lt is `other.0 < self.0`
  int c = kUnordered;
  auto own = p_.orderings.find(a.type);
  if (own == p_.orderings.end()) {
    c = compareValues(a, b);
  } else {
    const OwnOrdering& o = own->second;
    int32_t method = op == BinaryOp::Lt ? o.lt : op == BinaryOp::Le ? o.le : op == BinaryOp::Gt ? o.gt : o.ge;
    if (method >= 0) return callOwnComparison(method, a, b) == 1;
    c = o.partialCmp >= 0 ? callOwnComparison(o.partialCmp, a, b) : compareValues(a, b);
  }
  if (c == kUnordered) return false;
  return op == BinaryOp::Lt ? c < 0 : op == BinaryOp::Le ? c <= 0 : op == BinaryOp::Gt ? c > 0 : c >= 0;
}

}  // namespace sh
