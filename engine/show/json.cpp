// resultToJson: the whole run as one JSON document (trace/SCHEMA.md, "The run").
//
// This is what the page receives after every run and what the golden tests
// read, so it is written for speed: one std::string reserved up front from the
// trace's size, appended to by JsonWriter, no iostreams. A 100,000-step trace
// serialises in a few tens of milliseconds. Events are written flat, one
// object per event in the order they happened, with the fields their kind
// uses and nothing else, so a reader switches on "kind" and finds the fields
// trace/trace.h documents under the same names.
//
// The one JSON string escaper of the engine lives here too (json_writer.h).
#include <algorithm>

#include "base/utf8.h"
#include "show/show.h"
#include "check/checker.h"
#include "show/json_writer.h"
#include "show/narrate.h"
#include "trace/replay.h"

namespace sh {

// ---------------------------------------------------------------- strings

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool needsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; }

void appendEscape(std::string& out, unsigned char c) {
  static const char* hex = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default:
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
  }
}

}  // namespace

void appendJsonString(std::string& out, std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  out += '"';
  size_t run = 0;  // start of the current run of bytes copied as they are
  for (size_t i = 0; i < n;) {
    if (!needsEscape(s[i])) {
      ++i;
      continue;
    }
    out.append(text.data() + run, i - run);
    if (s[i] < 0x80) {
      appendEscape(out, s[i]);
      ++i;
    } else if (size_t len = validUtf8Length(text, i)) {
      out.append(text.data() + i, len);
      i += len;
    } else {
      out += kReplacement;
      ++i;
    }
    run = i;
  }
  out.append(text.data() + run, n - run);
  out += '"';
}

std::string validUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (size_t len = validUtf8Length(text, i)) {
      out.append(text.data() + i, len);
      i += len;
    } else {
      out += kReplacement;
      ++i;
    }
  }
  return out;
}

void appendHex(std::string& out, const uint8_t* data, size_t n) {
  static const char* hex = "0123456789abcdef";
  size_t at = out.size();
  out.resize(at + 2 * n);
  for (size_t i = 0; i < n; ++i) {
    out[at + 2 * i] = hex[data[i] >> 4];
    out[at + 2 * i + 1] = hex[data[i] & 15];
  }
}

// ---------------------------------------------------------------- the run

namespace {

// The bytes step `step` printed.
uint64_t printedBy(const Trace& trace, size_t step) {
  uint64_t n = 0;
  for (uint32_t k = trace.firstEventOf(step); k < trace.endEventOf(step); ++k)
    if (trace.events[k].kind == EventKind::Print && !trace.info(k).toStderr) n += trace.strings[trace.info(k).text].size();
  return n;
}

const char* stepKindName(StepKind kind) {
  switch (kind) {
#define SH_STEP_KIND_CASE(name, text) \
  case StepKind::name: return text;
    SH_STEP_KINDS(SH_STEP_KIND_CASE)
#undef SH_STEP_KIND_CASE
  }
  return "?";
}

// One event with the fields its kind uses (trace/trace.h). `withText`: a
// write's bytes and a print's text too; without them an event is a few
// numbers, as the page wants it beside a view that already shows the memory
// and the output.
void writeEvent(JsonWriter& w, const Trace& trace, const EventInfo& e, bool withText) {
  w.beginObject().field("kind", eventKindName(e.kind));
  switch (e.kind) {
    case EventKind::Call:
      w.field("frame", e.id).field("fn", trace.strings[e.text]).field("addr", e.addr);
      break;
    case EventKind::Return: w.field("frame", e.id); break;
    case EventKind::Slot:
      w.field("slot", e.id).field("name", trace.strings[e.text]).field("type", e.type)
          .field("addr", e.addr).field("size", e.size);
      break;
    case EventKind::Static:
      w.field("static", e.id).field("name", trace.strings[e.text]).field("type", e.type)
          .field("addr", e.addr).field("size", e.size);
      break;
    case EventKind::Write:
      w.field("addr", e.addr);
      if (withText) w.key("bytes").hex(e.writtenBytes(), e.size);
      else w.field("size", e.size);
      if (e.fillsCell >= 0) w.field("fills", e.fillsCell);  // this write is also the cell's new len
      break;
    case EventKind::Move:
      w.field("slot", e.id);
      if (e.aux >= 0) w.field("to", e.aux);
      break;
    case EventKind::Copy: case EventKind::Drop: w.field("slot", e.id); break;
    case EventKind::Alloc:
      w.field("cell", e.id).field("addr", e.addr).field("size", e.size).field("align", e.align).field("cap", e.cap)
          .field("type", e.aux);
      break;
    case EventKind::Realloc:
      w.field("cell", e.id).field("from", e.from).field("addr", e.addr).field("oldSize", e.oldSize)
          .field("size", e.size).field("align", e.align).field("cap", e.cap);
      break;
    case EventKind::Free:
      w.field("cell", e.id).field("addr", e.addr).field("size", e.size).field("align", e.align);
      break;
    case EventKind::Leak: w.field("cell", e.id); break;
    case EventKind::Fill: w.field("cell", e.id).field("len", e.size); break;
    case EventKind::Print:
      if (withText) w.field("text", trace.strings[e.text]);
      else w.field("size", static_cast<uint64_t>(trace.strings[e.text].size()));
      if (e.toStderr) w.field("stream", "stderr");
      break;
  }
  w.endObject();
}

// Steps store only their span and first event; line and column and the
// frame depth are worked out here from the memory right after the step.
void writeStepPlace(JsonWriter& w, const RunResult& result, const MemoryImage& after, uint64_t stdoutLength) {
  const Step& s = result.trace.steps[static_cast<size_t>(after.step)];
  LineCol begin = result.source->lineCol(s.start), end = result.source->lineCol(s.end);
  w.field("kind", stepKindName(s.kind)).field("line", begin.line).field("col", begin.col)
      .field("endLine", end.line).field("endCol", end.col).field("depth", static_cast<uint64_t>(after.frames.size()))
      .field("stdout", stdoutLength);
}

void writeStepEvents(JsonWriter& w, const Trace& trace, size_t step, bool withText) {
  w.key("events").beginArray();
  for (uint32_t k = trace.firstEventOf(step); k < trace.endEventOf(step); ++k) writeEvent(w, trace, trace.info(k), withText);
  w.endArray();
}

void writeStep(JsonWriter& w, const RunResult& result, const MemoryImage& after, uint64_t stdoutLength) {
  const size_t i = static_cast<size_t>(after.step);
  w.beginObject();
  writeStepPlace(w, result, after, stdoutLength);
  w.field("narration", narrateStep(result, after, i));
  writeStepEvents(w, result.trace, i, true);
  w.endObject();
}

// Every step, replaying the trace once from the start.
void writeSteps(JsonWriter& w, const RunResult& result) {
  const Trace& trace = result.trace;
  MemoryImage memory;
  uint64_t stdoutLength = 0;
  for (size_t i = 0; i < trace.steps.size(); ++i) {
    memory.advance(trace);
    stdoutLength += printedBy(trace, i);
    writeStep(w, result, memory, stdoutLength);
  }
}

void writeDiagnostic(JsonWriter& w, const Diagnostic& d, const SourceFile* source) {
  w.beginObject().field("code", codeName(d.code)).field("message", d.message);
  w.field("rendered", source ? renderDiagnostic(d, *source) : "error: " + d.message);
  w.field("explanation", d.explanation);
  w.key("labels").beginArray();
  for (const Label& l : d.labels) {
    LineCol begin = source ? source->lineCol(l.span.start) : LineCol{};
    LineCol end = source ? source->lineCol(l.span.end) : LineCol{};
    w.beginObject().field("line", begin.line).field("col", begin.col).field("endLine", end.line)
        .field("endCol", end.col).field("text", l.text).field("primary", l.primary).endObject();
  }
  w.endArray();
  w.key("notes").beginArray();
  for (const std::string& n : d.notes) w.value(n);
  w.endArray();
  w.key("helps").beginArray();
  for (const std::string& h : d.helps) w.value(h);
  w.endArray();
  w.endObject();
}

// Whether `type` has a layout: no unbound inference variable in it and not
// unsized. Pointers are sized whatever they point to, which also stops the
// recursion at a `Box<Self>` inside a struct.
bool canLayOut(const TypeTable& types, TypeId id) {
  const Type& t = types.get(types.resolve(id));
  switch (t.kind) {
    case TypeKind::Var: case TypeKind::Str: case TypeKind::Slice: case TypeKind::Param: case TypeKind::Projection:
    case TypeKind::Dyn:
      return false;
    case TypeKind::Ref: case TypeKind::Box: case TypeKind::Vec: case TypeKind::String: case TypeKind::Rc:
    case TypeKind::Weak: case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::HashMap: case TypeKind::HashSet:
    case TypeKind::VecDeque: case TypeKind::BTreeMap: case TypeKind::BTreeSet: case TypeKind::BinaryHeap:
      return true;
    case TypeKind::Struct:
      return std::all_of(types.structOf(id).fields.begin(), types.structOf(id).fields.end(),
                         [&](const auto& f) { return canLayOut(types, f.second); });
    default:
      return std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return canLayOut(types, a); });
  }
}

void writeTypes(JsonWriter& w, const Checked& program) {
  const TypeTable& types = program.types;
  size_t count = types.count();
  for (size_t i = 0; i < count; ++i) {
    TypeId id = static_cast<TypeId>(i);
    if (types.containsParam(id)) {  // a type of generic code only: never in a run's memory
      w.null();
      continue;
    }
    w.beginObject().field("name", types.name(id));
    if (canLayOut(types, id)) w.field("size", types.layout(id).size).field("align", types.layout(id).align);
    else w.field("size", uint64_t{0}).field("align", uint64_t{1});
    w.endObject();
  }
}

// What every document about a run opens with: the run's file, how it ended,
// what it printed, its diagnostics and its types.
void writeRunHead(JsonWriter& w, const RunResult& result) {
  w.field("schema", 1).field("file", result.source ? result.source->name() : std::string("main.rs"))
      .field("outcome", outcomeName(result.outcome)).field("exitCode", result.exitCode())
      .field("stdout", result.stdoutText).field("stderr", result.stderrText());
  w.key("panic");
  if (result.outcome == Outcome::Panicked)
    w.beginObject().field("message", result.panicMessage)
        .field("file", result.panicFile.empty() ? result.source->name() : result.panicFile)
        .field("line", result.panicAt.line).field("col", result.panicAt.col).endObject();
  else
    w.null();
  w.key("diagnostics").beginArray();
  for (const Diagnostic& d : result.diagnostics) writeDiagnostic(w, d, result.source.get());
  w.endArray();
  w.key("types").beginArray();
  if (result.program) writeTypes(w, *result.program);
  w.endArray();
}

}  // namespace

std::string resultToJson(const RunResult& result) {
  const Trace& trace = result.trace;
  JsonWriter w(4096 + trace.steps.size() * 200 + trace.events.size() * 72 + trace.bytes.size() * 2);
  w.beginObject();
  writeRunHead(w, result);
  w.key("steps").beginArray();
  if (result.program) writeSteps(w, result);
  w.endArray();
  w.endObject();
  return w.take();
}

std::string summaryToJson(const RunResult& result, const Timeline& timeline) {
  JsonWriter w(4096);
  w.beginObject();
  writeRunHead(w, result);
  w.field("stepCount", static_cast<uint64_t>(result.trace.steps.size()));
  w.key("stepKinds").beginArray();
#define SH_STEP_KIND_NAME(name, text) w.value(text);
  SH_STEP_KINDS(SH_STEP_KIND_NAME)
#undef SH_STEP_KIND_NAME
  w.endArray();
  w.key("eventKinds").beginArray();
#define SH_EVENT_KIND_NAME(name) w.value(eventKindName(EventKind::name));
  SH_EVENT_KINDS(SH_EVENT_KIND_NAME)
#undef SH_EVENT_KIND_NAME
  w.endArray();
  w.field("openingStep", openingStep(result.trace, timeline, result.outcome == Outcome::Finished));
  const RunTotals& t = timeline.totals;
  w.key("totals").beginObject().field("allocations", t.allocations).field("reallocs", t.reallocs)
      .field("movedCells", t.movedCells).field("frees", t.frees).field("leaks", t.leaks)
      .field("bytesAllocated", t.bytesAllocated).field("peakBytes", t.peakBytes).field("finalBytes", t.finalBytes)
      .field("moves", t.moves).field("copies", t.copies).field("drops", t.drops).field("prints", t.prints).endObject();
  w.endObject();
  return w.take();
}

std::string stepToJson(const RunResult& result, const MemoryImage& after, uint64_t stdoutLength) {
  JsonWriter w(1024);
  writeStep(w, result, after, stdoutLength);
  return w.take();
}

std::string stepViewToJson(const RunResult& result, const MemoryImage& after, uint64_t stdoutLength) {
  JsonWriter w(16384);
  w.beginObject();
  writeView(w, result, after);
  writeStepPlace(w, result, after, stdoutLength);
  writeStepEvents(w, result.trace, static_cast<size_t>(after.step), false);
  w.endObject();
  return w.take();
}

}  // namespace sh
