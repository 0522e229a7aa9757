// The macros of the subset: printing, format!, panics and assertions, vec!.
#include <algorithm>

#include "base/limits.h"
#include "run/interpreter.h"

namespace sh {

Value Interpreter::evalMacro(const Expr& e) {
  const std::string& m = e.text;
  if (m == "vec") {
    TypeId elem = T_.get(e.type).args[0];
    uint64_t size = T_.layout(elem).size;
    if (e.macroRepeat) {
      Value x = eval(*e.args[0]);
      if (flow_ != Flow::Normal) return x;
      Value n = eval(*e.args[1]);
      if (flow_ != Flow::Normal) return n;
      uint64_t count = n.u64();
      if (size > 0 && count > 0 && count > (uint64_t(1) << 62) / size) panic("capacity overflow", e.span);
      if (size > 0 && count * size > limits::kHeapBytes) throw OutOfMemory{count * size};
      Value v = newVec(e.type, count);
      Address header = holdInScratch(v);
      Address data = mem_.readU64(header);
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
          Value c = cloneValue(original, elem);
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
      Value x = eval(*e.args[i]);
      if (flow_ != Flow::Normal) return x;
      mem_.write(mem_.readU64(header) + i * size, x.data(), size);
    }
    if (!e.args.empty()) setLength(header, e.args.size());
    return readPlace(Place{header, e.type}, false);
  }
  const CheckedFormat* f = e.resolvedKind == static_cast<uint8_t>(Resolved::Format) ? &p_.formats[e.resolved] : nullptr;
  auto message = [&]() {
    if (!f || !f->formatString) return std::string();
    std::vector<Place> places = formatArgPlaces(*f);
    return formatArgs(*f, places);
  };
  if (m == "println" || m == "print" || m == "eprintln" || m == "eprint") {
    std::string text = message();
    if (flow_ != Flow::Normal) return makeUnit();
    if (m == "println" || m == "eprintln") text += "\n";
    if (m[0] == 'e')
      stderr_ += text;
    else
      print(text);
    return makeUnit();
  }
  if (m == "format") {
    std::vector<Place> places = formatArgPlaces(*f);
    if (flow_ != Flow::Normal) return makeUnit();
    return formatToString(*f, places);
  }
  if (m == "panic") {
    std::string text = f && f->formatString ? message() : "explicit panic";
    panic(text, e.span);
  }
  if (m == "unreachable" || m == "todo" || m == "unimplemented") {
    std::string base = m == "unreachable" ? "internal error: entered unreachable code" : m == "todo" ? "not yet implemented" : "not implemented";
    std::string text = message();
    panic(text.empty() ? base : base + ": " + text, e.span);
  }
  if (m == "assert") {
    Value c = eval(*e.args[0]);
    if (flow_ != Flow::Normal || c.data()[0]) return makeUnit();
    std::string text = message();
    panic(text.empty() ? "assertion failed: " + std::string(file_.slice(e.args[0]->span)) : text, e.span);
  }
  if (m == "assert_eq" || m == "assert_ne") {
    Place a = evalPlace(*e.args[0]);
    if (flow_ != Flow::Normal) return makeUnit();
    Place b = evalPlace(*e.args[1]);
    if (flow_ != Flow::Normal) return makeUnit();
    bool equal = compareValues(a, b) == 0;
    if (equal == (m == "assert_eq")) return makeUnit();
    FormatSpec debug;
    debug.trait = FormatTrait::Debug;
    std::string text = message();
    std::string op = m == "assert_eq" ? "==" : "!=";
    panic("assertion `left " + op + " right` failed" + (text.empty() ? "" : ": " + text) + "\n  left: " +
              renderValue(a, debug) + "\n right: " + renderValue(b, debug),
          e.span);
  }
  SH_CHECK(false, "a macro the checker should have rejected");
  return makeUnit();
}

}  // namespace sh
