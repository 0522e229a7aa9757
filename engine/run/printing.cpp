// Formatting values: what println!, format!, panic! and the narration print.
//
// Values are read from memory by type and handed to the pure primitives of
// fmt/format.h, which reproduce Rust's std formatting byte for byte.
#include "base/int128.h"
#include "base/utf8.h"
#include "run/interpreter.h"

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

std::string Interpreter::renderValue(const Place& pIn, const FormatSpec& spec) {
  Place p = pIn;
  if (spec.trait == FormatTrait::Pointer) return formatPointer(mem_.readU64(p.addr), spec);
  while (T_.get(p.type).kind == TypeKind::Ref || T_.get(p.type).kind == TypeKind::Box) p = deref(p);
  const Type t = T_.get(p.type);
  switch (t.kind) {
    case TypeKind::Int: {
      __int128 v = readIntAt(p.addr, p.type);
      bool neg = v < 0 && intKindSigned(t.intKind);
      unsigned __int128 mag = neg ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
      return formatInteger(neg, mag, intKindBytes(t.intKind) * 8, intKindSigned(t.intKind), spec);
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
      return formatFloat(d, t.isF32, spec);
    }
    case TypeKind::Bool: {
      uint8_t b = 0;
      mem_.read(p.addr, &b, 1);
      return formatBool(b != 0, spec);
    }
    case TypeKind::Char: {
      char32_t c = 0;
      mem_.read(p.addr, &c, 4);
      return formatChar(c, spec);
    }
    case TypeKind::String: return formatStr(readString(p.addr), spec);
    case TypeKind::Str: {
      std::string s(p.meta, '\0');
      mem_.read(p.addr, s.data(), p.meta);
      return formatStr(s, spec);
    }
    default: {
      DebugWriter w(spec.pretty());
      renderDebug(w, p, spec);
      return w.take();
    }
  }
}

// Debug output of any value, composites through the DebugWriter so that
// `{:?}` and `{:#?}` share one walk.
void Interpreter::renderDebug(DebugWriter& w, const Place& pIn, const FormatSpec& spec) {
  Place p = pIn;
  while (T_.get(p.type).kind == TypeKind::Ref || T_.get(p.type).kind == TypeKind::Box) p = deref(p);
  const Type t = T_.get(p.type);
  auto sequence = [&](Address data, uint64_t len, TypeId elem) {
    w.beginList();
    uint64_t size = T_.layout(elem).size;
    for (uint64_t i = 0; i < len; ++i) renderDebug(w, Place{data + i * size, elem}, spec);
    w.end();
  };
  switch (t.kind) {
    case TypeKind::Vec: sequence(mem_.readU64(p.addr), mem_.readU64(p.addr + 16), t.args[0]); return;
    case TypeKind::Array: sequence(p.addr, t.length, t.args[0]); return;
    case TypeKind::Slice: sequence(p.addr, p.meta, t.args[0]); return;
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
        const StructInfo& s = T_.structs()[t.structIndex];
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
      const VariantInfo& v = T_.enums()[t.enumIndex].variants[variant];
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
    case TypeKind::Unit: w.leaf(pad("()", spec, Align::Left)); return;
    case TypeKind::Result: {
      const Layout& l = T_.layout(p.type);
      uint8_t kind = 0;
      bool ok = variantAt(p.addr, p.type) == 0;
      w.beginTuple(ok ? "Ok" : "Err");
      if (ok) {
        renderDebug(w, Place{p.addr + l.payloadOffset, t.args[0]}, spec);
      } else {
        mem_.read(p.addr + l.variants[1].offsets[0], &kind, 1);
        w.leaf(resultErrorText(t, T_.get(t.args[0]).kind == TypeKind::Float, kind));
      }
      w.end();
      return;
    }
    case TypeKind::Range: {
      const Layout l = T_.layout(p.type);
      std::string lo = renderValue(Place{p.addr + l.fields[0].offset, t.args[0]}, spec);
      std::string hi = renderValue(Place{p.addr + l.fields[1].offset, t.args[0]}, spec);
      w.leaf(lo + (t.inclusive ? "..=" : "..") + hi);
      return;
    }
    default: w.leaf(renderValue(p, spec)); return;
  }
}

namespace {

// Fill characters are written one at a time by Rust's formatter, the body in
// one piece: that is what format! sees as it grows its String.
void splitPadding(const std::string& rendered, const std::string& body, std::vector<std::string>* chunks) {
  size_t at = rendered.find(body);
  if (body.empty() || at == std::string::npos) {
    chunks->push_back(rendered);
    return;
  }
  auto eachChar = [&](std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      size_t n = 1;
      while (i + n < s.size() && isUtf8Continuation(s[i + n])) ++n;
      chunks->push_back(std::string(s.substr(i, n)));
      i += n;
    }
  };
  eachChar(std::string_view(rendered).substr(0, at));
  chunks->push_back(body);
  eachChar(std::string_view(rendered).substr(at + body.size()));
}

}  // namespace

std::string Interpreter::formatArgs(const CheckedFormat& f, const std::vector<Place>& args, std::vector<std::string>* chunks) {
  std::string out;
  for (const FormatPiece& piece : f.pieces) {
    if (!piece.text.empty()) {
      out += piece.text;
      if (chunks) chunks->push_back(piece.text);
    }
    if (!piece.placeholder) continue;
    const FormatPlaceholder& ph = *piece.placeholder;
    FormatSpec spec = ph.spec;
    if (ph.widthArg) spec.width = static_cast<size_t>(readIntAt(args[ph.widthArg->index].addr, T_.usize()));
    if (ph.precisionArg) spec.precision = static_cast<size_t>(readIntAt(args[ph.precisionArg->index].addr, T_.usize()));
    std::string rendered = renderValue(args[ph.argument.index], spec);
    out += rendered;
    if (chunks) {
      FormatSpec bare = spec;
      bare.width.reset();
      splitPadding(rendered, spec.width ? renderValue(args[ph.argument.index], bare) : rendered, chunks);
    }
  }
  return out;
}

// format!: Rust sizes the String from the literal pieces
// (Arguments::estimated_capacity), after inlining literal arguments into the
// format string at compile time, then grows it as each piece is written.
Value Interpreter::formatToString(const CheckedFormat& f, const std::vector<Place>& args) {
  std::vector<std::string> chunks;
  std::string text = formatArgs(f, args, &chunks);
  std::vector<std::string> pieces{""};
  size_t realArgs = 0;
  for (const FormatPiece& piece : f.pieces) {
    pieces.back() += piece.text;
    if (!piece.placeholder) continue;
    const FormatPlaceholder& ph = *piece.placeholder;
    const CheckedFormatArg& arg = f.args[ph.argument.index];
    bool inlined = arg.expr && !ph.hasOptions && ph.spec.trait == FormatTrait::Display &&
                   (arg.expr->kind == ExprKind::StrLit || arg.expr->kind == ExprKind::IntLit);
    if (inlined) {
      pieces.back() += renderValue(args[ph.argument.index], ph.spec);
    } else {
      ++realArgs;
      pieces.emplace_back();
    }
  }
  if (pieces.back().empty() && pieces.size() > 1) pieces.pop_back();
  size_t piecesLength = 0;
  for (const std::string& p : pieces) piecesLength += p.size();
  if (realArgs == 0) return newString(text, text.size());  // Arguments::as_str: one exact copy
  uint64_t capacity = pieces[0].empty() && piecesLength < 16 ? 0 : piecesLength * 2;
  Value s = newString("", capacity);
  Address header = holdInScratch(s);
  for (const std::string& chunk : chunks) stringAppend(header, chunk);
  return readPlace(Place{header, s.type}, false);
}

}  // namespace sh
