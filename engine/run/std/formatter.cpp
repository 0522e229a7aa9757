// The learner's Display and Debug impls at run time, and the Formatter
// they are given.
//
// std formats a value by calling its impl's `fmt` with a `&mut Formatter`
// that lives on the stack of the code formatting it; here the Formatter is
// a hidden slot of the frame that formats (its fields: check/prelude.cpp),
// and the learner's `fmt` runs as a call with its own frame, as a Drop
// impl's `drop` does. Where a Formatter's writes go is one of a stack of
// outputs, the innermost last, that its `out` field names: the Writes of
// the format in progress (println!'s line, format!'s String, the write! of
// an enclosing impl) or the DebugWriter of a derived Debug around the
// value, which indents them under `{:#?}`. write!, write_str and pad hand
// each write to that output as it is made, so a String grows write by
// write, and a learner's allocations inside `fmt` come in between, as in
// Rust. An impl that returns Err stops the format around it (formatFailed_)
// and, at the top, panics as std does.
#include "base/utf8.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

namespace {

// The flags word (check/prelude.cpp): the fill char in bits 0..20, then
// one bit per flag, then the alignment in bits 29..30.
constexpr uint32_t kSignPlus = 1u << 21, kAlternate = 1u << 23, kZeroPad = 1u << 24, kDebugLowerHex = 1u << 25,
                   kDebugUpperHex = 1u << 26, kWidthGiven = 1u << 27, kPrecisionGiven = 1u << 28;
constexpr int kAlignShift = 29;

uint32_t alignBits(Align a) {
  switch (a) {
    case Align::Left: return 0;
    case Align::Right: return 1;
    case Align::Center: return 2;
    case Align::Unspecified: return 3;
  }
  return 3;
}

uint32_t flagsOf(const FormatSpec& spec) {
  size_t at = 0;
  uint32_t flags = static_cast<uint32_t>(decodeUtf8At(spec.fill, at));
  if (spec.plus) flags |= kSignPlus;
  if (spec.alternate) flags |= kAlternate;
  if (spec.zeroPad) flags |= kZeroPad;
  if (spec.debugHex == DebugHex::Lower) flags |= kDebugLowerHex;
  if (spec.debugHex == DebugHex::Upper) flags |= kDebugUpperHex;
  if (spec.width) flags |= kWidthGiven;
  if (spec.precision) flags |= kPrecisionGiven;
  return flags | alignBits(spec.align) << kAlignShift;
}

}  // namespace

// The Formatter std would hand an impl for `spec`, writing to output `out`.
Value Interpreter::formatterValue(TypeId formatter, const FormatSpec& spec, size_t out) {
  Value v(formatter, T_.layout(formatter).size);
  for (const FieldLayout& f : T_.layout(formatter).fields) {
    uint64_t word = f.name == "flags"       ? flagsOf(spec)
                    : f.name == "width"     ? spec.width.value_or(0)
                    : f.name == "precision" ? spec.precision.value_or(0)
                                            : out;
    std::memcpy(v.data() + f.offset, &word, T_.layout(f.type).size);
  }
  return v;
}

// The output the Formatter at `formatter` writes to.
size_t Interpreter::formatterOutput(Address formatter, TypeId type) const {
  for (const FieldLayout& f : T_.layout(type).fields)
    if (f.name == "out") {
      size_t out = mem_.readU64(formatter + f.offset);
      SH_CHECK(out < formatOutputs_.size(), "a Formatter whose output has ended");
      return out;
    }
  SH_CHECK(false, "a Formatter without its output");
  return 0;
}

void Interpreter::writeToOutput(size_t out, std::string_view text) {
  FormatOutput& o = formatOutputs_[out];
  if (o.debug) o.debug->leafWrite(text);
  else o.writes->str(text);
}

// Calls the learner's `fmt` (Display or Debug) on the value at p, its
// Formatter made from the placeholder's spec and writing to `writes` or
// into the leaf `debug` has open. False when it returned Err.
bool Interpreter::runLearnersFmt(int32_t fn, const Place& p, const FormatSpec& spec, Writes* writes, DebugWriter* debug) {
  const FnInfo& info = p_.fns[fn];
  TypeId formatterRef = info.paramTypes[1];
  size_t out = formatOutputs_.size();
  formatOutputs_.push_back({writes, debug});
  size_t slotMark = frame().slots.size();
  Address sp = mem_.stackPointer();
  Address formatter = holdInScratch(formatterValue(T_.get(formatterRef).args[0], spec, out));
  Value self(info.paramTypes[0], 8);
  self.setU64(0, p.addr);
  Value f(formatterRef, 8);
  f.setU64(0, formatter);
  Value result = callFunction(fn, {self, f}, currentStepSpan());
  RtFrame& here = frame();
  while (here.slots.size() > slotMark && slots_[here.slots.back()].hidden) {
    freeSlots_.push_back(here.slots.back());
    here.slots.pop_back();
  }
  if (here.slots.size() == slotMark) mem_.releaseStack(sp);
  formatOutputs_.pop_back();
  formatFailed_ = variantOfValue(result) == 1;
  if (formatFailed_ && debug) debug->fail();
  return !formatFailed_;
}

// `Ok(())` or `Err(fmt::Error)`, as a write reports.
Value Interpreter::fmtResult(TypeId resultType, bool ok) {
  Value r(resultType, T_.layout(resultType).size);
  setVariant(r.data(), resultType, ok ? 0 : 1);
  return r;
}

// `write!(f, ...)` and `writeln!(f, ...)`: the format written to the
// output f's Formatter names, write by write, or pushed into a String
// write by write as std's `write_str` pushes each (`push_str`, growing as
// it grows); Err when an impl it ran returned Err (the writes before it
// stay written).
Value Interpreter::evalWrite(const Expr& e) {
  Place dest = evalPlace(*e.args[0]);  // reborrowed through, not moved: `f` stays usable
  if (flow_ != Flow::Normal) return makeUnit();
  Address at = dest.addr;
  TypeId type = dest.type;
  for (; T_.get(type).kind == TypeKind::Ref; type = T_.get(type).args[0]) at = mem_.readU64(at);
  const CheckedFormat& f = p_.formats[e.resolved];
  std::vector<Place> places = formatArgPlaces(f);
  if (flow_ != Flow::Normal) return makeUnit();
  if (T_.get(type).kind == TypeKind::String) {
    Writes pushes([this, at](std::string_view piece) { stringAppend(at, piece); });
    formatArgs(f, places, &pushes);
  } else {
    size_t out = formatterOutput(at, type);
    Writes writes([this, out](std::string_view piece) { writeToOutput(out, piece); });
    formatArgs(f, places, &writes);
  }
  bool ok = !formatFailed_;
  formatFailed_ = false;
  return fmtResult(e.type, ok);
}

// The text a format makes for println! and the others (printTo: to stderr
// or not; none for a panic's or an assertion's message). A learner's impl
// that returns Err panics as std's write_fmt does, after the writes made
// before it are printed. std's print! formats into the locked stream piece
// by piece and the lock is reentrant, so a println! that a fmt impl runs
// halfway through comes after the pieces written before it: those are put
// out first (print), and the text returned is what is left to print.
std::string Interpreter::formatToText(const CheckedFormat& f, const std::vector<Place>& args, std::optional<bool> printTo) {
  std::string text;
  if (printTo) {  // what is written so far is pending, for a print inside a fmt impl to put out first
    size_t mine = printing_.size();
    printing_.push_back({*printTo, ""});
    Writes pieces([this, mine](std::string_view piece) { printing_[mine].pending += piece; });
    formatArgs(f, args, &pieces);
    text = std::move(printing_.back().pending);
    printing_.pop_back();
  } else {
    text = formatArgs(f, args);
  }
  if (!formatFailed_) return text;
  formatFailed_ = false;
  if (printTo) print(text, *printTo);
  throw Panic{printTo ? "a formatting trait implementation returned an error when the underlying stream did not"
                      : "a formatting trait implementation returned an error when the underlying stream did not: Error",
              currentStepSpan(), stdLocation(printTo ? StdSite::PrintError : StdSite::FormatError)};
}

// ---------------------------------------------------------------- Formatter's methods

Value Interpreter::runFormatterWriteStr(StdCall& c) {
  writeToOutput(formatterOutput(c.recv.addr, c.recv.type), readStr(c.args[0]));
  return fmtResult(c.call.type, true);
}

// Formatter::pad: the str truncated to the precision and padded to the
// width, as std's own str Display writes it.
Value Interpreter::runFormatterPad(StdCall& c) {
  size_t out = formatterOutput(c.recv.addr, c.recv.type);
  FormatSpec spec = formatterSpec(c.recv);
  spec.trait = FormatTrait::Display;
  Writes writes([this, out](std::string_view piece) { writeToOutput(out, piece); });
  writeStr(writes, readStr(c.args[0]), spec);
  return fmtResult(c.call.type, true);
}

// The options a Formatter's flags, width and precision hold.
FormatSpec Interpreter::formatterSpec(const Place& formatter) const {
  FormatSpec spec;
  uint32_t flags = 0;
  uint64_t width = 0, precision = 0;
  for (const FieldLayout& f : T_.layout(formatter.type).fields) {
    uint64_t word = 0;
    mem_.read(formatter.addr + f.offset, &word, T_.layout(f.type).size);
    if (f.name == "flags") flags = static_cast<uint32_t>(word);
    if (f.name == "width") width = word;
    if (f.name == "precision") precision = word;
  }
  spec.fill = utf8Of(static_cast<char32_t>(flags & ((1u << 21) - 1)));
  spec.plus = flags & kSignPlus;
  spec.alternate = flags & kAlternate;
  spec.zeroPad = flags & kZeroPad;
  spec.debugHex = flags & kDebugLowerHex ? DebugHex::Lower : flags & kDebugUpperHex ? DebugHex::Upper : DebugHex::None;
  if (flags & kWidthGiven) spec.width = width;
  if (flags & kPrecisionGiven) spec.precision = precision;
  static const Align kAligns[] = {Align::Left, Align::Right, Align::Center, Align::Unspecified};
  spec.align = kAligns[(flags >> kAlignShift) & 3];
  return spec;
}

Value Interpreter::runFormatterAlternate(StdCall& c) { return makeBool(formatterSpec(c.recv).alternate); }
Value Interpreter::runFormatterSignPlus(StdCall& c) { return makeBool(formatterSpec(c.recv).plus); }
Value Interpreter::runFormatterFill(StdCall& c) {
  size_t at = 0;
  return makeChar(decodeUtf8At(formatterSpec(c.recv).fill, at));
}

Value Interpreter::runFormatterWidth(StdCall& c) {
  std::optional<size_t> width = formatterSpec(c.recv).width;
  if (!width) return makeOption(c.call.type, nullptr);
  Value v = makeInt(T_.usize(), static_cast<__int128>(*width));
  return makeOption(c.call.type, &v);
}

Value Interpreter::runFormatterPrecision(StdCall& c) {
  std::optional<size_t> precision = formatterSpec(c.recv).precision;
  if (!precision) return makeOption(c.call.type, nullptr);
  Value v = makeInt(T_.usize(), static_cast<__int128>(*precision));
  return makeOption(c.call.type, &v);
}

// `self.0.fmt(f)`, `fmt::Display::fmt(&self.0, f)`: std's impl (or a
// derive's, or the learner's impl it reaches) writes the value to the
// output of the Formatter it is handed, with that Formatter's options, so
// the width and precision the caller's impl was given apply to it, as in std.
Value Interpreter::formatThrough(const Place& value, const Value& formatterRef, FormatTrait trait, TypeId resultType) {
  Place formatter = lookupKey(formatterRef);
  size_t out = formatterOutput(formatter.addr, formatter.type);
  FormatSpec spec = formatterSpec(formatter);
  spec.trait = trait;
  Writes writes([this, out](std::string_view piece) { writeToOutput(out, piece); });
  writeValue(writes, value, spec);
  bool ok = !formatFailed_;
  formatFailed_ = false;
  return fmtResult(resultType, ok);
}

Value Interpreter::runDisplayFmt(StdCall& c) { return formatThrough(c.recv, c.args[0], FormatTrait::Display, c.call.type); }
Value Interpreter::runDebugFmt(StdCall& c) { return formatThrough(c.recv, c.args[0], FormatTrait::Debug, c.call.type); }
Value Interpreter::runDisplayFmtByPath(StdCall& c) {
  return formatThrough(lookupKey(c.args[0]), c.args[1], FormatTrait::Display, c.call.type);
}
Value Interpreter::runDebugFmtByPath(StdCall& c) {
  return formatThrough(lookupKey(c.args[0]), c.args[1], FormatTrait::Debug, c.call.type);
}

// ---------------------------------------------------------------- debug builders

// `f.debug_struct("P").field("x", &self.x).finish()` and its siblings, as
// std's builders write: each entry's writes go to the Formatter's output as
// they are made, and under `{:#?}` through std's PadAdapter, which indents
// every line of the entry by four spaces. A write that failed (a learner's
// impl returned Err) leaves the builder's result Err and nothing more is
// written, as std's `and_then` chains do.

Place Interpreter::builderField(const Place& builder, std::string_view name) const {
  for (const FieldLayout& f : T_.layout(builder.type).fields)
    if (f.name == name) return Place{builder.addr + f.offset, f.type};
  SH_CHECK(false, "a debug builder without its field");
  return builder;
}

Place Interpreter::builderFormatter(const Place& builder) { return deref(builderField(builder, "fmt")); }

bool Interpreter::builderOk(const Place& builder) const {
  Place result = builderField(builder, "result");
  return variantAt(result.addr, result.type) == 0;
}

// debug_struct(name), debug_tuple(name), debug_list(): the opener written,
// the builder made around the Formatter, its count and flags zero but
// DebugTuple's `empty_name`, whether the name was "".
Value Interpreter::startDebugBuilder(StdCall& c, std::string_view opener) {
  writeToOutput(formatterOutput(c.recv.addr, c.recv.type), opener);
  Value b(c.call.type, T_.layout(c.call.type).size);
  for (const FieldLayout& f : T_.layout(c.call.type).fields) {
    if (f.name == "fmt") b.setU64(f.offset, c.recv.addr);
    if (f.name == "result") setVariant(b.data() + f.offset, f.type, 0);
    if (f.name == "empty_name") b.data()[f.offset] = opener.empty();
  }
  return b;
}

// An entry: a struct's field by its name, a map's by its key written as
// Debug (`"a": 1`), a tuple's, a list's or a set's by its value alone.
Value Interpreter::addDebugEntry(StdCall& c, const DebugEntryWords& words, const std::string* name, const Place& value, const Place* key) {
  Place b = c.recv;
  Place counter = builderField(b, words.counter);
  uint64_t count = 0;
  mem_.read(counter.addr, &count, T_.layout(counter.type).size);
  if (builderOk(b)) {
    Place formatter = builderFormatter(b);
    size_t out = formatterOutput(formatter.addr, formatter.type);
    FormatSpec spec = formatterSpec(formatter);
    spec.trait = FormatTrait::Debug;
    Writes plain([this, out](std::string_view piece) { writeToOutput(out, piece); });
    bool onNewline = true;
    Writes padded([this, out, &onNewline](std::string_view text) {
      for (size_t start = 0; start < text.size();) {
        size_t end = std::min(text.find('\n', start), text.size() - 1) + 1;
        if (onNewline) writeToOutput(out, "    ");
        onNewline = text[end - 1] == '\n';
        writeToOutput(out, text.substr(start, end - start));
        start = end;
      }
    });
    Writes& entry = spec.alternate ? padded : plain;
    plain.str(spec.alternate ? (count == 0 ? words.prettyOpener : "") : count == 0 ? words.first : words.next);
    if (name) {
      entry.str(*name);
      entry.str(": ");
    }
    if (key) {
      writeValue(entry, *key, spec);
      if (!formatFailed_) entry.str(": ");
    }
    if (!formatFailed_) writeValue(entry, value, spec);
    bool ok = !formatFailed_;
    formatFailed_ = false;
    if (ok) entry.str(spec.alternate ? ",\n" : "");
    Value result = fmtResult(builderField(b, "result").type, ok);
    mem_.write(builderField(b, "result").addr, result.data(), result.size());
  }
  uint64_t counted = T_.layout(counter.type).size == 1 ? 1 : count + 1;
  mem_.write(counter.addr, &counted, T_.layout(counter.type).size);
  Value self(c.call.type, 8);
  self.setU64(0, b.addr);
  return self;
}

// finish(): its closing writes made when no write failed; the builder's result.
Value Interpreter::finishDebugBuilder(StdCall& c, std::initializer_list<std::string_view> closing) {
  bool ok = builderOk(c.recv);
  Place formatter = builderFormatter(c.recv);
  for (std::string_view piece : closing)
    if (ok && !piece.empty()) writeToOutput(formatterOutput(formatter.addr, formatter.type), piece);
  return fmtResult(c.call.type, ok);
}

Value Interpreter::runFormatterDebugStruct(StdCall& c) { return startDebugBuilder(c, readStr(c.args[0])); }
Value Interpreter::runFormatterDebugTuple(StdCall& c) { return startDebugBuilder(c, readStr(c.args[0])); }
Value Interpreter::runFormatterDebugList(StdCall& c) { return startDebugBuilder(c, "["); }

Value Interpreter::runDebugStructField(StdCall& c) {
  std::string name(readStr(c.args[0]));
  return addDebugEntry(c, {" {\n", " { ", ", ", "has_fields"}, &name, lookupKey(c.args[1]));
}
Value Interpreter::runDebugTupleField(StdCall& c) { return addDebugEntry(c, {"(\n", "(", ", ", "fields"}, nullptr, lookupKey(c.args[0])); }

static const DebugEntryWords kListEntry{"\n", "", ", ", "has_fields"};
Value Interpreter::runDebugListEntry(StdCall& c) { return addDebugEntry(c, kListEntry, nullptr, lookupKey(c.args[0])); }

// entries(iterable): each item an entry, in turn (the check keeps to items
// that are references or Copy, which the list need not drop); a map's
// items are `(key, value)` pairs, each pair one entry.
Value Interpreter::addDebugEntries(StdCall& c, bool pairs) {
  Value self(c.call.type, 8);
  self.setU64(0, c.recv.addr);
  auto add = [&](const Place& item) {
    if (!pairs) return addDebugEntry(c, kListEntry, nullptr, item);
    const Layout& pair = T_.layout(item.type);
    Place key{item.addr + pair.fields[0].offset, pair.fields[0].type};
    return addDebugEntry(c, kListEntry, nullptr, Place{item.addr + pair.fields[1].offset, pair.fields[1].type}, &key);
  };
  if (!c.otherStream) {  // a reference to a sequence: its elements, in place
    Place target = lookupKey(c.args[0]);
    auto [data, len] = sequenceAt(target);
    TypeId elem = T_.get(target.type).args[0];
    for (uint64_t i = 0; i < len; ++i) add(Place{data + i * T_.layout(elem).size, elem});
    return self;
  }
  while (std::optional<Value> item = pull(*c.otherStream)) add(Place{materialize(*item), item->type});
  return self;
}

Value Interpreter::runDebugListEntries(StdCall& c) { return addDebugEntries(c, false); }
Value Interpreter::runDebugSetEntries(StdCall& c) { return addDebugEntries(c, false); }
Value Interpreter::runDebugMapEntries(StdCall& c) { return addDebugEntries(c, true); }
Value Interpreter::runFormatterDebugSet(StdCall& c) { return startDebugBuilder(c, "{"); }
Value Interpreter::runFormatterDebugMap(StdCall& c) { return startDebugBuilder(c, "{"); }
Value Interpreter::runDebugSetEntry(StdCall& c) { return addDebugEntry(c, kListEntry, nullptr, lookupKey(c.args[0])); }
Value Interpreter::runDebugMapEntry(StdCall& c) {
  Place key = lookupKey(c.args[0]);
  return addDebugEntry(c, kListEntry, nullptr, lookupKey(c.args[1]), &key);
}
Value Interpreter::runDebugSetFinish(StdCall& c) { return finishDebugBuilder(c, {"}"}); }
Value Interpreter::runDebugMapFinish(StdCall& c) { return finishDebugBuilder(c, {"}"}); }

// finish_non_exhaustive(): `..` where more entries would be, as std writes
// it: after entries `, ..` and the closer, or under `{:#?}` a line `..`
// indented as the entries are; with none, `empty` (` { .. }`, `(..)`, `..]`).
Value Interpreter::finishNonExhaustive(StdCall& c, const char* counter, std::string_view prettyClose, std::string_view plainClose,
                                       std::string_view empty) {
  Place count = builderField(c.recv, counter);
  uint64_t entries = 0;
  mem_.read(count.addr, &entries, T_.layout(count.type).size);
  bool pretty = formatterSpec(builderFormatter(c.recv)).alternate;
  if (entries == 0) return finishDebugBuilder(c, {empty});
  return pretty ? finishDebugBuilder(c, {"    ..\n", prettyClose}) : finishDebugBuilder(c, {", ..", plainClose});
}

Value Interpreter::runDebugStructFinishNonExhaustive(StdCall& c) { return finishNonExhaustive(c, "has_fields", "}", " }", " { .. }"); }
Value Interpreter::runDebugTupleFinishNonExhaustive(StdCall& c) { return finishNonExhaustive(c, "fields", ")", ")", "(..)"); }
Value Interpreter::runDebugListFinishNonExhaustive(StdCall& c) { return finishNonExhaustive(c, "has_fields", "]", "]", "..]"); }
Value Interpreter::runDebugSetFinishNonExhaustive(StdCall& c) { return finishNonExhaustive(c, "has_fields", "}", "}", "..}"); }
Value Interpreter::runDebugMapFinishNonExhaustive(StdCall& c) { return finishNonExhaustive(c, "has_fields", "}", "}", "..}"); }

Value Interpreter::runDebugStructFinish(StdCall& c) {
  uint8_t any = 0;
  mem_.read(builderField(c.recv, "has_fields").addr, &any, 1);
  return finishDebugBuilder(c, {!any ? "" : formatterSpec(builderFormatter(c.recv)).alternate ? "}" : " }"});
}

Value Interpreter::runDebugTupleFinish(StdCall& c) {
  uint64_t fields = mem_.readU64(builderField(c.recv, "fields").addr);
  uint8_t emptyName = 0;
  mem_.read(builderField(c.recv, "empty_name").addr, &emptyName, 1);
  bool lone = fields == 1 && emptyName && !formatterSpec(builderFormatter(c.recv)).alternate;  // `(1,)`
  return finishDebugBuilder(c, {lone ? "," : "", fields == 0 ? "" : ")"});
}

Value Interpreter::runDebugListFinish(StdCall& c) { return finishDebugBuilder(c, {"]"}); }

// std's blanket ToString: `String::new()`, then the learner's fmt writes
// into it, growing it write by write.
Value Interpreter::runToStringOfDisplay(StdCall& c) {
  Address header = holdInScratch(newString("", 0));
  Writes grows([this, header](std::string_view piece) { stringAppend(header, piece); });
  ownDuring(header, T_.stringType(), [&] { writeValue(grows, c.recv, FormatSpec{}); });
  if (formatFailed_) {  // std's expect on the Err: the String made so far is dropped as it unwinds
    formatFailed_ = false;
    panicDropping(Panic{"a Display implementation returned an error unexpectedly: Error", c.call.span,
                        stdLocation(StdSite::ToStringError)},
                  header, T_.stringType());
  }
  return readPlace(Place{header, T_.stringType()}, false);
}

}  // namespace sh
