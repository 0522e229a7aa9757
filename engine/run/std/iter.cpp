// Iterators: the items of `v.iter()`, `s.chars().rev()`, `(0..n).rev()`
// and what consumes them (count, sum, max, min, nth).
//
// An iterator is never a value here: its items are computed up front when a
// `for` loop or a consumer needs them. The collections it walks cannot change
// while it borrows them, so these are the items a lazy Rust iterator would
// yield one by one. A source (iter, chars, ...) reads its receiver's place;
// an adapter (rev, enumerate) gets its receiver's items in StdCall::items
// and leaves its own there; a consumer gets them and returns a value. One
// function per row of check/std_methods.def, named run<Row>.
#include <algorithm>
#include <cctype>

#include "base/unicode.h"
#include "base/utf8.h"
#include "run/interpreter.h"

namespace sh {

// The items an iterator expression yields.
std::vector<Value> Interpreter::iteratorItems(const Expr& e) {
  SH_CHECK(e.kind == ExprKind::MethodCall, "an iterator that is not made by a method call");
  StdCall c(e);
  if (T_.get(e.operand->type).kind == TypeKind::Iter) c.items = iteratorItems(*e.operand);
  else if (e.receiverMode == static_cast<uint8_t>(ReceiverMode::ByValue)) c.self = eval(*e.operand);  // a range
  else c.recv = followDerefs(evalPlace(*e.operand), e.derefs);
  for (const auto& a : e.args) c.args.push_back(eval(*a));  // split's pattern, nth's index ...
  runMethod(static_cast<BuiltinMethod>(e.resolved), c);
  return std::move(c.items);
}

// The item type of the iterator a call makes.
TypeId Interpreter::itemOf(const StdCall& c) const { return T_.get(c.call.type).args[0]; }

// ---------------------------------------------------------------- sources

// iter and iter_mut: a reference to each element in turn.
Value Interpreter::runVecIter(StdCall& c) {
  auto [data, len] = sequenceAt(c.recv);
  uint64_t size = T_.layout(receiverElem(c)).size;
  for (uint64_t i = 0; i < len; ++i) {
    Value r(itemOf(c), 8);
    r.setU64(0, data + i * size);
    c.items.push_back(std::move(r));
  }
  return makeUnit();
}

Value Interpreter::runVecIterMut(StdCall& c) { return runVecIter(c); }

Value Interpreter::runStrChars(StdCall& c) {
  std::string text = receiverText(c);
  for (size_t i = 0; i < text.size();) c.items.push_back(makeChar(decodeUtf8At(text, i)));
  return makeUnit();
}

Value Interpreter::runStrBytes(StdCall& c) {
  for (unsigned char b : receiverText(c)) c.items.push_back(makeInt(itemOf(c), b));
  return makeUnit();
}

// split_whitespace: &strs pointing into the receiver's bytes.
Value Interpreter::runStrSplitWhitespace(StdCall& c) {
  std::string text = receiverText(c);
  Address data = receiverData(c);
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    if (charHas(CharProperty::Whitespace, decodeUtf8At(text, i))) continue;
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      if (charHas(CharProperty::Whitespace, decodeUtf8At(text, next))) break;
      end = next;
    }
    i = end;
    c.items.push_back(makeStrRef(data + start, end - start));
  }
  return makeUnit();
}

// (a..b).rev() and (a..=b).rev(): the integers from the top down.
Value Interpreter::runRangeRev(StdCall& c) {
  const Type& rt = T_.get(c.self.type);
  const Layout& l = T_.layout(c.self.type);
  Value lo(rt.args[0], T_.layout(rt.args[0]).size), hi(rt.args[0], lo.size());
  std::memcpy(lo.data(), c.self.data() + l.fields[0].offset, lo.size());
  std::memcpy(hi.data(), c.self.data() + l.fields[1].offset, hi.size());
  __int128 end = readInt(hi) + (rt.inclusive ? 1 : 0);
  for (__int128 i = end; i-- > readInt(lo);) c.items.push_back(makeInt(rt.args[0], i));
  return makeUnit();
}

// ---------------------------------------------------------------- adapters

Value Interpreter::runIterRev(StdCall& c) {
  std::reverse(c.items.begin(), c.items.end());
  return makeUnit();
}

Value Interpreter::runIterEnumerate(StdCall& c) {
  TypeId pairType = itemOf(c);
  const Layout& l = T_.layout(pairType);
  std::vector<Value> inner = std::move(c.items);
  c.items.clear();
  for (size_t i = 0; i < inner.size(); ++i) {
    Value pair(pairType, l.size);
    uint64_t index = i;
    std::memcpy(pair.data() + l.fields[0].offset, &index, 8);
    std::memcpy(pair.data() + l.fields[1].offset, inner[i].data(), inner[i].size());
    c.items.push_back(std::move(pair));
  }
  return makeUnit();
}

// ---------------------------------------------------------------- consumers

Value Interpreter::runIterCount(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(c.items.size())); }

Value Interpreter::runIterSum(StdCall& c) {
  Value total = makeInt(c.call.type, 0);
  for (const Value& item : c.items) total = arithmetic(BinaryOp::Add, total, item, c.call.nameSpan);
  return total;
}

// max keeps the last of equal maxima, min the first, as Rust's do.
Value Interpreter::extremeItem(StdCall& c, bool max) {
  const Value* best = nullptr;
  std::vector<Address> at;
  for (const Value& item : c.items) at.push_back(materialize(item));
  for (size_t i = 0; i < c.items.size(); ++i) {
    int cmp = best ? compareValues(Place{at[i], c.items[i].type}, Place{at[best - c.items.data()], best->type}) : 0;
    if (!best || (max ? cmp >= 0 : cmp < 0)) best = &c.items[i];
  }
  return best ? makeOption(c.call.type, best) : makeOption(c.call.type, nullptr);
}

Value Interpreter::runIterMax(StdCall& c) { return extremeItem(c, true); }
Value Interpreter::runIterMin(StdCall& c) { return extremeItem(c, false); }

Value Interpreter::runIterNth(StdCall& c) {
  uint64_t n = c.args[0].u64();
  return n < c.items.size() ? makeOption(c.call.type, &c.items[n]) : makeOption(c.call.type, nullptr);
}

}  // namespace sh
