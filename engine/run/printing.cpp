// Formatting values: what println!, format!, panic! and the narration print.
//
// Values are read from memory by type and handed to the pure primitives of
// fmt/format.h, which reproduce Rust's std formatting byte for byte.
#include "base/int128.h"
#include "base/utf8.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

std::vector<Place> Interpreter::formatArgPlaces(const CheckedFormat& f) {
  std::vector<Place> places;
  for (const CheckedFormatArg& a : f.args) {
    if (a.expr) {
      places.push_back(evalPlace(*a.expr));
      if (flow_ != Flow::Normal) return places;
    } else {
      const RtSlot& s = slots_[frame().localSlot[a.local]];
      places.push_back(Place{s.addr, s.type, s.id, 0, 0});
    }
  }
  return places;
}

// std's Display of its parse, conversion and RefCell borrow errors: the
// description of their kind, padded (`self.description().fmt(f)`); empty for any other struct.
std::string_view Interpreter::parseErrorText(const Place& p) {
  static constexpr std::string_view kInt[] = {"cannot parse integer from empty string", "invalid digit found in string",
                                              "number too large to fit in target type", "number too small to fit in target type",
                                              "number would be zero for non-zero type"};
  static constexpr std::string_view kFloat[] = {"cannot parse float from empty string", "invalid float literal"};
  static constexpr std::string_view kChar[] = {"cannot parse char from empty string", "too many characters in string"};
  const std::string& path = T_.structOf(p.type).stdPath;
  if (path == "std::num::TryFromIntError") return "out of range integral type conversion attempted";
  if (path == "std::cell::BorrowError") return "RefCell already mutably borrowed";
  if (path == "std::cell::BorrowMutError") return "RefCell already borrowed";
  if (path == "std::str::ParseBoolError") return "provided string was not `true` or `false`";
  bool isInt = path == "std::num::ParseIntError", isChar = path == "std::char::ParseCharError";
  if (!isInt && !isChar && path != "std::num::ParseFloatError") return {};
  const FieldLayout& kind = T_.layout(p.type).fields[0];
  uint32_t v = variantAt(p.addr + kind.offset, kind.type);
  return isInt ? kInt[v] : isChar ? kChar[v] : kFloat[v];
}

// std's StringError (check/prelude.cpp) formats as its String, by Display and Debug alike.
Place Interpreter::stringOfStringError(const Place& p) const {
  if (T_.get(p.type).kind != TypeKind::Struct || T_.structOf(p.type).stdPath != "?StringError") return p;
  const FieldLayout& text = T_.layout(p.type).fields[0];
  return Place{p.addr + text.offset, text.type, p.slot, p.offset + text.offset, 0};
}

// A value as its Display/Debug/... impl writes it, write by write: std's
// impls here, the learner's by calling their `fmt` (run/std/formatter.cpp).
void Interpreter::writeValue(Writes& out, const Place& pIn, const FormatSpec& spec) {
  Place p = pIn;
  if (spec.trait == FormatTrait::Pointer) return writePointer(out, mem_.readU64(p.addr), spec);
  while (T_.derefTarget(p.type) != kNoType) p = deref(p);
  p = stringOfStringError(concretePlace(p));
  if (spec.trait == FormatTrait::Display) {
    auto learners = p_.displays.find(p.type);
    if (learners != p_.displays.end()) {
      runLearnersFmt(learners->second, p, spec, &out, nullptr);
      return;
    }
  }
  if (spec.trait == FormatTrait::Display && T_.get(p.type).kind == TypeKind::Struct) {
    std::string_view text = parseErrorText(p);
    if (!text.empty()) return writePadded(out, text, spec, Align::Left);
    const std::string& path = T_.structOf(p.type).stdPath;
    if (path == "std::str::Utf8Error" || path == "std::string::FromUtf8Error") return writeUtf8Error(out, p);
  }
  const Type t = T_.get(p.type);
  switch (t.kind) {
    case TypeKind::Int: {
      __int128 v = readIntAt(p.addr, p.type);
      bool neg = v < 0 && intKindSigned(t.intKind);
      unsigned __int128 mag = neg ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
      return writeInteger(out, neg, mag, intKindBytes(t.intKind) * 8, intKindSigned(t.intKind), spec);
    }
    case TypeKind::Float: {
      double d;
      if (t.isF32) {
        float f;
        mem_.read(p.addr, &f, 4);
        d = f;
      } else {
        mem_.read(p.addr, &d, 8);
      }
      return writeFloat(out, d, t.isF32, spec);
    }
    case TypeKind::Bool: {
      uint8_t b = 0;
      mem_.read(p.addr, &b, 1);
      return writeBool(out, b != 0, spec);
    }
    case TypeKind::Char: {
      char32_t c = 0;
      mem_.read(p.addr, &c, 4);
      return writeChar(out, c, spec);
    }
    case TypeKind::String: return writeStr(out, readString(p.addr), spec);
    case TypeKind::Str: {
      std::string s(p.meta, '\0');
      mem_.read(p.addr, s.data(), p.meta);
      return writeStr(out, s, spec);
    }
    default: {
      DebugWriter w(spec.pretty(), out);
      renderDebug(w, p, spec);
      return;
    }
  }
}

std::string Interpreter::renderValue(const Place& p, const FormatSpec& spec) {
  Writes w;
  writeValue(w, p, spec);
  return w.take();
}

// Debug output of any value, composites through the DebugWriter so that
// `{:?}` and `{:#?}` share one walk. A value of a type with the learner's
// Debug impl is a leaf its `fmt` writes; once one has failed, std's
// builders write and call nothing more.
void Interpreter::renderDebug(DebugWriter& w, const Place& pIn, const FormatSpec& spec) {
  if (formatFailed_) return;
  Place p = pIn;
  while (T_.derefTarget(p.type) != kNoType) p = deref(p);
  p = stringOfStringError(concretePlace(p));
  auto learners = p_.debugs.find(p.type);
  if (learners != p_.debugs.end()) {
    w.beginLeaf();
    runLearnersFmt(learners->second, p, spec, nullptr, &w);
    w.endLeaf();
    return;
  }
  const Type t = T_.get(p.type);
  auto sequence = [&](Address data, uint64_t len, TypeId elem) {
    w.beginList();
    uint64_t size = T_.layout(elem).size;
    for (uint64_t i = 0; i < len; ++i) renderDebug(w, Place{data + i * size, elem}, spec);
    w.end();
  };
  switch (t.kind) {
    case TypeKind::Vec: case TypeKind::BinaryHeap: sequence(mem_.readU64(p.addr + VecHeader::ptr), mem_.readU64(p.addr + VecHeader::len), t.args[0]); return;
    case TypeKind::Array: sequence(p.addr, t.length, t.args[0]); return;
    case TypeKind::Slice: sequence(p.addr, p.meta, t.args[0]); return;
    case TypeKind::VecDeque:  // `debug_list().entries(self.iter())`: front to back
      w.beginList();
      for (uint64_t i = 0; i < mem_.readU64(p.addr + DequeHeader::len); ++i) renderDebug(w, Place{dequeSlot(p.addr, p.type, i), t.args[0]}, spec);
      w.end();
      return;
    case TypeKind::Option:
      if (!optionIsSome(p.addr, p.type)) {
        w.leaf("None");
        return;
      }
      w.beginTuple("Some");
      renderDebug(w, Place{optionPayload(p.addr, p.type), t.args[0]}, spec);
      w.end();
      return;
    case TypeKind::Tuple: case TypeKind::Struct: {
      const Layout l = T_.layout(p.type);
      if (t.kind == TypeKind::Struct) {
        const StructInfo& s = T_.structOf(p.type);
        if (s.isTuple) w.beginTuple(s.name); else w.beginStruct(s.name);
        for (size_t i = 0; i < l.fields.size(); ++i) {
          if (!s.isTuple) w.field(l.fields[i].name);
          renderDebug(w, Place{p.addr + l.fields[i].offset, l.fields[i].type}, spec);
        }
      } else {
        w.beginTuple("");
        for (const FieldLayout& f : l.fields) renderDebug(w, Place{p.addr + f.offset, f.type}, spec);
      }
      w.end();
      return;
    }
    case TypeKind::Enum: {  // derived Debug: `Quit`, `Write("hi")`, `Move { x: 1, y: 2 }`
      uint32_t variant = variantAt(p.addr, p.type);
      const VariantInfo& v = T_.enumOf(p.type).variants[variant];
      const std::vector<uint64_t> offsets = T_.layout(p.type).variants[variant].offsets;
      if (v.shape == VariantShape::Unit) {
        w.leaf(v.name);  // derived Debug writes a unit variant with write_str: no padding
        return;
      }
      if (v.shape == VariantShape::Tuple) w.beginTuple(v.name);
      else w.beginStruct(v.name);
      for (size_t i = 0; i < v.fields.size(); ++i) {
        if (v.shape == VariantShape::Struct) w.field(v.fields[i].first);
        renderDebug(w, Place{p.addr + offsets[i], v.fields[i].second}, spec);
      }
      w.end();
      return;
    }
    case TypeKind::Unit: {
      Writes unit;
      writePadded(unit, "()", spec, Align::Left);
      w.leaf(unit);
      return;
    }
    case TypeKind::Result: {
      const Layout& l = T_.layout(p.type);
      uint32_t variant = variantAt(p.addr, p.type);
      w.beginTuple(variant == 0 ? "Ok" : "Err");
      renderDebug(w, Place{p.addr + l.variants[variant].offsets[0], t.args[variant]}, spec);
      w.end();
      return;
    }
    // std's Debug of the cells: the value, or `<borrowed>` while a RefMut holds it.
    case TypeKind::Cell:
      w.beginStruct("Cell");
      w.field("value");
      renderDebug(w, Place{p.addr, t.args[0]}, spec);
      w.end();
      return;
    case TypeKind::RefCell:
      w.beginStruct("RefCell");
      w.field("value");
      if (refCellFlag(p.addr) < 0) w.leaf("<borrowed>");
      else renderDebug(w, Place{p.addr + refCellValueOffset(p.type), t.args[0]}, spec);
      w.end();
      return;
    case TypeKind::Weak: w.leaf("(Weak)"); return;
    case TypeKind::HashMap: case TypeKind::HashSet: {  // in the table's bucket order, as std iterates
      bool isMap = t.kind == TypeKind::HashMap;
      TypeId bucket = bucketType(p.type);
      if (isMap) w.beginMap(); else w.beginSet();
      for (uint64_t i : fullBuckets(p.addr)) {
        Address at = bucketAt(p.addr, p.type, i);
        if (!isMap) {
          renderDebug(w, Place{at, bucket}, spec);
          continue;
        }
        for (const FieldLayout& f : T_.layout(bucket).fields) renderDebug(w, Place{at + f.offset, f.type}, spec);
      }
      w.end();
      return;
    }
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {  // in key order
      bool isMap = t.kind == TypeKind::BTreeMap;
      if (isMap) w.beginMap(); else w.beginSet();
      for (auto [key, value] : btreeEntries(p.addr, p.type)) {
        renderDebug(w, Place{key, t.args[0]}, spec);
        if (isMap) renderDebug(w, Place{value, t.args[1]}, spec);
      }
      w.end();
      return;
    }
    case TypeKind::Iter: renderKeptIterDebug(w, p, spec); return;
    case TypeKind::IoError:  // the one io::Error std's read_line makes in a sandbox without a terminal
      w.leaf("Os { code: 5, kind: Other, message: \"Input/output error\" }");
      return;
    case TypeKind::Range: {  // `start.fmt(f)?; write!(f, "..")?; end.fmt(f)`, and whether an inclusive one is exhausted
      const Layout l = T_.layout(p.type);
      Writes range;
      writeValue(range, Place{p.addr + l.fields[0].offset, t.args[0]}, spec);
      range.str(t.inclusive ? "..=" : "..");
      writeValue(range, Place{p.addr + l.fields[1].offset, t.args[0]}, spec);
      uint8_t exhausted = 0;
      if (t.inclusive) mem_.read(p.addr + l.fields[2].offset, &exhausted, 1);
      if (exhausted != 0) range.str(" (exhausted)");
      w.leaf(range);
      return;
    }
    default: {
      Writes leaf;
      writeValue(leaf, p, spec);
      w.leaf(leaf);
      return;
    }
  }
}


// A kept iterator as std's Debug writes what is left in it: slices' and
// vec::IntoIter's `debug_tuple` of the slice left, Chars' list between two
// writes, CharIndices' and Bytes' derived Debug around those.
void Interpreter::renderKeptIterDebug(DebugWriter& w, const Place& p, const FormatSpec& spec) {
  KeptIter kept = T_.keptIter(p.type);
  if (keptSplitsText(kept)) return renderTextSplitterDebug(w, p, spec);  // no pointer to what is left: offsets into the text
  if (keptSlicePieces(kept)) return renderSlicePiecesDebug(w, p, spec);
  if (keptAdapter(kept)) {  // derived Debug: `Enumerate { iter: Iter([2, 3]), count: 1 }`; Map's and Filter's omit the closure
    const Layout& l = T_.layout(p.type);
    std::vector<KeptAdapterField> tail = keptAdapterTail(kept);
    w.beginStruct(keptAdapterName(kept));
    for (size_t i = 0; i < l.fields.size() && !printsBare(T_, p.type); ++i) {
      if (i > 0 && !adapterFieldPrinted(tail[i - 1].holds)) continue;
      w.field(l.fields[i].name);
      renderDebug(w, Place{p.addr + l.fields[i].offset, l.fields[i].type}, spec);
    }
    w.end();
    return;
  }
  Address front = mem_.readU64(p.addr + keptFrontOffset(kept));
  uint64_t left = keptItemsLeft(p);
  TypeId elem = T_.keptElem(p.type);
  auto sliceLeft = [&](std::string_view name) {
    w.beginTuple(name);
    w.beginList();
    for (uint64_t i = 0; i < left; ++i) renderDebug(w, Place{front + i * T_.layout(elem).size, elem}, spec);
    w.end();
    w.end();
  };
  auto charsLeft = [&] {
    std::string text(left, '\0');
    mem_.read(front, text.data(), left);
    w.beginListBetween("Chars(", ")");
    for (size_t at = 0; at < text.size();) w.leaf(formatChar(decodeUtf8At(text, at), spec));
    w.end();
  };
  switch (kept) {
    case KeptIter::None: SH_CHECK(false, "a chain of adapters printed"); return;
    case KeptIter::Split: case KeptIter::SplitWhitespace: case KeptIter::Lines: case KeptIter::RSplit:
    case KeptIter::SplitTerminator: case KeptIter::Windows: case KeptIter::Chunks: case KeptIter::ChunksExact: SH_CASE_KEPT_ADAPTERS
      return;  // written above
    case KeptIter::SliceIter: sliceLeft("Iter"); return;
    case KeptIter::SliceIterMut: sliceLeft("IterMut"); return;
    case KeptIter::VecIntoIter: sliceLeft("IntoIter"); return;
    case KeptIter::Chars: charsLeft(); return;
    case KeptIter::CharIndices:
      w.beginStruct("CharIndices");
      w.field("front_offset");
      w.leaf(std::to_string(mem_.readU64(p.addr + 16)));
      w.field("iter");
      charsLeft();
      w.end();
      return;
    case KeptIter::Bytes:  // Bytes(Copied<slice::Iter<u8>>)
      w.beginTuple("Bytes");
      w.beginStruct("Copied");
      w.field("it");
      sliceLeft("Iter");
      w.end();
      w.end();
      return;
  }
}

// Whether rustc writes this argument into the format string itself:
// a string or integer literal (not a byte literal), perhaps in parentheses
// or behind `&`, printed with a plain `{}`.
bool Interpreter::inlinedIntoFormat(const FormatPlaceholder& ph, const CheckedFormatArg& arg) const {
  if (!arg.expr || ph.hasOptions || ph.spec.trait != FormatTrait::Display) return false;
  const Expr* e = arg.expr;
  while (e->kind == ExprKind::Paren || e->kind == ExprKind::Ref) e = e->operand.get();
  if (e->kind == ExprKind::StrLit) return true;
  return e->kind == ExprKind::IntLit && file_.slice(e->span).substr(0, 2) != "b'";
}

// Writes a format's output as rustc's lowered format_args writes it: each
// run of literal text (with inlined literal arguments written into it) is
// one write, each argument what its impl writes. `pieces` receives the
// lowered format's literal pieces, one before each argument and the text
// after the last (Arguments::estimated_capacity reads them).
// A placeholder's spec, with its width and precision read from the
// arguments that give them (`{:w$}`, `{:.*}`).
FormatSpec Interpreter::placeholderSpec(const FormatPlaceholder& ph, const std::vector<Place>& args) const {
  FormatSpec spec = ph.spec;
  if (ph.widthArg) spec.width = static_cast<size_t>(readIntAt(args[ph.widthArg->index].addr, T_.usize()));
  if (ph.precisionArg) spec.precision = static_cast<size_t>(readIntAt(args[ph.precisionArg->index].addr, T_.usize()));
  return spec;
}

// The lowered format's literal pieces: one before each argument and the
// text after the last (Arguments::estimated_capacity reads them), inlined
// literal arguments written into them.
std::vector<std::string> Interpreter::literalPieces(const CheckedFormat& f, const std::vector<Place>& args) {
  std::vector<std::string> pieces;
  std::string literal;
  for (const FormatPiece& piece : f.pieces) {
    literal += piece.text;
    if (!piece.placeholder) continue;
    const FormatPlaceholder& ph = *piece.placeholder;
    if (inlinedIntoFormat(ph, f.args[ph.argument.index])) {
      literal += renderValue(args[ph.argument.index], placeholderSpec(ph, args));
      continue;
    }
    pieces.push_back(literal);
    literal.clear();
  }
  if (!literal.empty()) pieces.push_back(literal);
  return pieces;
}

// Writes a format's output as rustc's lowered format_args writes it: each
// run of literal text (with inlined literal arguments written into it) is
// one write, each argument what its impl writes. A learner's impl that
// returns an error stops it there, as fmt::write's `?` does.
std::string Interpreter::formatArgs(const CheckedFormat& f, const std::vector<Place>& args, Writes* writes) {
  Writes local;
  Writes& out = writes ? *writes : local;
  std::string literal;
  for (const FormatPiece& piece : f.pieces) {
    literal += piece.text;
    if (!piece.placeholder) continue;
    const FormatPlaceholder& ph = *piece.placeholder;
    FormatSpec spec = placeholderSpec(ph, args);
    if (inlinedIntoFormat(ph, f.args[ph.argument.index])) {
      literal += renderValue(args[ph.argument.index], spec);
      continue;
    }
    out.str(literal);
    literal.clear();
    writeValue(out, args[ph.argument.index], spec);
    if (formatFailed_) return writes ? out.text() : local.take();
  }
  out.str(literal);
  return writes ? out.text() : local.take();
}

// format!: a format with no argument left once literals are inlined is one
// exact copy (Arguments::as_str); otherwise Rust sizes the String from the
// literal pieces (Arguments::estimated_capacity: nothing when the first
// piece is empty and they are short, else twice their length) and pushes
// each write as it is made.
Value Interpreter::formatToString(const CheckedFormat& f, const std::vector<Place>& args) {
  size_t realArgs = 0;
  for (const FormatPiece& piece : f.pieces)
    if (piece.placeholder && !inlinedIntoFormat(*piece.placeholder, f.args[piece.placeholder->argument.index])) ++realArgs;
  if (realArgs == 0) {
    std::string text = formatArgs(f, args);
    return newString(text, text.size());
  }
  std::vector<std::string> pieces = literalPieces(f, args);
  size_t piecesLength = 0;
  for (const std::string& p : pieces) piecesLength += p.size();
  uint64_t capacity = pieces[0].empty() && piecesLength < 16 ? 0 : piecesLength * 2;
  Value s = newString("", capacity);
  Address header = holdInScratch(s);
  Writes grows([this, header](std::string_view piece) { stringAppend(header, piece); });
  ownDuring(header, s.type, [&] { formatArgs(f, args, &grows); });
  if (formatFailed_) {  // std's expect on the Err: the String made so far is dropped as it unwinds
    formatFailed_ = false;
    panicDropping(Panic{"a formatting trait implementation returned an error when the underlying stream did not: Error",
                        currentStepSpan(), stdLocation(StdSite::FormatError)},
                  header, s.type);
  }
  return readPlace(Place{header, s.type}, false);
}

}  // namespace sh
