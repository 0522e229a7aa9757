// PartialOrd and Ord of std's types called as methods (`a.partial_cmp(&b)`,
// `s.cmp(&t)`, `'z'.max('a')`), and the floats' own max, min, clamp and
// total_cmp. The comparison is the one the operators use (compareValues),
// so `a.lt(&b)` and `a < b` cannot disagree. Ord's max, min and clamp take
// their operands by value: the one not returned is dropped, as std's
// max_by and min_by drop it. One function per row of check/std_methods.def.
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

Value Interpreter::runOrdMax(StdCall& c) {
  bool selfGreater = compareValues(comparablePlace(*this, c.self), comparablePlace(*this, c.args[0])) == 1;
  return selfGreater ? keepOneOf(c.self, c.args[0]) : keepOneOf(c.args[0], c.self);
}

Value Interpreter::runOrdMin(StdCall& c) {
  bool selfGreater = compareValues(comparablePlace(*this, c.self), comparablePlace(*this, c.args[0])) == 1;
  return selfGreater ? keepOneOf(c.args[0], c.self) : keepOneOf(c.self, c.args[0]);
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

}  // namespace sh
