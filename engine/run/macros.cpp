// The macros of the subset (check/std_macros.def): printing, format!, panics
// and assertions, vec!; one case per macro id, which the checker resolved.
#include <algorithm>

#include "base/limits.h"
#include "run/interpreter.h"

namespace sh {

Value Interpreter::evalMacro(const Expr& e) {
  const MacroId m = static_cast<MacroId>(e.macroId);
  switch (m) {
    case MacroId::Vec: return evalVecMacro(e);
    case MacroId::Println: case MacroId::Print: case MacroId::Eprintln: case MacroId::Eprint: {
      std::string text = macroMessage(e, m == MacroId::Eprintln || m == MacroId::Eprint);
      if (flow_ != Flow::Normal) return makeUnit();
      if (m == MacroId::Println || m == MacroId::Eprintln) text += "\n";
      print(text, m == MacroId::Eprintln || m == MacroId::Eprint);
      return makeUnit();
    }
    case MacroId::Format: {
      const CheckedFormat& f = p_.formats[e.resolved];
      std::vector<Place> places = formatArgPlaces(f);
      if (flow_ != Flow::Normal) return makeUnit();
      return formatToString(f, places);
    }
    case MacroId::Panic: {
      std::string text = macroMessage(e);
      panic(p_.formats[e.resolved].formatString ? text : "explicit panic", e.span);
    }
    case MacroId::Unreachable: case MacroId::Todo: case MacroId::Unimplemented: {
      std::string base = m == MacroId::Unreachable ? "internal error: entered unreachable code"
                         : m == MacroId::Todo      ? "not yet implemented"
                                                   : "not implemented";
      std::string text = macroMessage(e);
      panic(text.empty() ? base : base + ": " + text, e.span);
    }
    case MacroId::Assert: {
      Value c = eval(*e.args[0]);
      if (flow_ != Flow::Normal || c.data()[0]) return makeUnit();
      std::string text = macroMessage(e);
      panic(text.empty() ? "assertion failed: " + std::string(file_.slice(e.args[0]->span)) : text, e.span);
    }
    case MacroId::AssertEq: case MacroId::AssertNe: return evalAssertEquality(e, m == MacroId::AssertEq);
    case MacroId::Dbg: return evalDbg(e);
    case MacroId::Write: case MacroId::Writeln: return evalWrite(e);
  }
  SH_CHECK(false, "a macro the checker should have rejected");
  return makeUnit();
}

// `dbg!`: each value is moved in, written to stderr with `{:#?}` after its
// location and source text, and moved back out as the macro's value (a
// tuple of them for several). rustc's stderr is unbuffered and the pretty
// Debug writer allocates nothing, so neither does this.
Value Interpreter::evalDbg(const Expr& e) {
  LineCol at = file_.lineCol(e.span.start);
  std::string where = "[" + file_.name() + ":" + std::to_string(at.line) + ":" + std::to_string(at.col) + "]";
  if (e.args.empty()) {
    print(where + "\n", true);
    return makeUnit();
  }
  FormatSpec pretty;
  pretty.trait = FormatTrait::Debug;
  pretty.alternate = true;
  std::vector<Value> values;
  for (size_t i = 0; i < e.args.size(); ++i) {
    Value v = eval(*e.args[i]);
    if (flow_ != Flow::Normal) return v;
    Address held = holdInScratch(v);
    print(where + " " + e.stringified[i] + " = " + renderValue(Place{held, v.type}, pretty) + "\n", true);
    values.push_back(std::move(v));
  }
  if (values.size() == 1) return std::move(values[0]);
  const Layout& l = T_.layout(e.type);
  Value tuple(e.type, l.size);
  for (size_t i = 0; i < values.size(); ++i) std::memcpy(tuple.data() + l.fields[i].offset, values[i].data(), values[i].size());
  return tuple;
}

// The message a formatting macro's arguments make ("" without a format
// string), for printing (to stderr or not) or not.
std::string Interpreter::macroMessage(const Expr& e, std::optional<bool> printTo) {
  const CheckedFormat& f = p_.formats[e.resolved];
  if (!f.formatString) return std::string();
  std::vector<Place> places = formatArgPlaces(f);
  return formatToText(f, places, printTo);
}

// vec![a, b, c] and vec![x; n]: one allocation of exactly the length.
Value Interpreter::evalVecMacro(const Expr& e) {
  TypeId elem = T_.get(e.type).args[0];
  uint64_t size = T_.layout(elem).size;
  if (e.macroRepeat) {
    Value x = eval(*e.args[0]);
    if (flow_ != Flow::Normal) return x;
    Value n = eval(*e.args[1]);
    if (flow_ != Flow::Normal) return n;
    uint64_t count = n.u64();
    if (size > 0 && count > static_cast<uint64_t>(INT64_MAX) / size) panicCapacityOverflow(e.span);
    if (size > 0 && count * size > limits::kHeapBytes) throw OutOfMemory{count * size};
    Value v = newVec(e.type, count);
    Address header = holdInScratch(v);
    Address data = mem_.readU64(header + VecHeader::ptr);
    if (count == 0) {
      dropValueNow(std::move(x));
    } else if (T_.isCopy(elem)) {
      std::vector<uint8_t> bytes(count * size);
      for (uint64_t i = 0; i < count; ++i) std::memcpy(bytes.data() + i * size, x.data(), size);
      bool zero = std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0; });
      if (!zero) mem_.write(data, bytes.data(), bytes.size());
    } else {
      Address original = holdInScratch(x);
      for (uint64_t i = 0; i + 1 < count; ++i) {
        Value c = cloneValue(original, elem, e.span);
        mem_.write(data + i * size, c.data(), size);
      }
      mem_.write(data + (count - 1) * size, x.data(), size);
    }
    if (count > 0) setLength(header, count);
    return readPlace(Place{header, e.type}, false);
  }
  Value v = newVec(e.type, e.args.size());
  Address header = holdInScratch(v);
  for (size_t i = 0; i < e.args.size(); ++i) {
    Value x;
    try {
      x = eval(*e.args[i]);
    } catch (Panic& p) {  // the elements written so far are dropped, last first, then the buffer freed
      startUnwinding(p);
      setLength(header, i);
      std::vector<Value> held;
      for (size_t k = 0; k < i; ++k) held.push_back(readPlace(Place{mem_.readU64(header + VecHeader::ptr) + k * size, elem}, false));
      dropHeldInCleanup(held, currentStepSpan());
      setLength(header, 0);
      dropInCleanup(header, e.type, currentStepSpan());
      throw;
    }
    if (flow_ != Flow::Normal) return x;
    mem_.write(mem_.readU64(header + VecHeader::ptr) + i * size, x.data(), size);
  }
  if (!e.args.empty()) setLength(header, e.args.size());
  return readPlace(Place{header, e.type}, false);
}

// assert_eq!(a, b) and assert_ne!(a, b): compares in place (the macro
// borrows its operands) and panics with both values' Debug text.
Value Interpreter::evalAssertEquality(const Expr& e, bool wantEqual) {
  Place a = evalPlace(*e.args[0]);
  if (flow_ != Flow::Normal) return makeUnit();
  Place b = evalPlace(*e.args[1]);
  if (flow_ != Flow::Normal) return makeUnit();
  bool equal = compareValues(a, b) == 0;
  if (equal == wantEqual) return makeUnit();
  FormatSpec debug;
  debug.trait = FormatTrait::Debug;
  std::string text = macroMessage(e);
  std::string op = wantEqual ? "==" : "!=";
  panic("assertion `left " + op + " right` failed" + (text.empty() ? "" : ": " + text) + "\n  left: " +
            renderValue(a, debug) + "\n right: " + renderValue(b, debug),
        e.span);
}

}  // namespace sh
