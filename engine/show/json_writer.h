// JSON text written straight into one std::string.
//
// The run result of a 100,000-step trace is several megabytes of JSON and the
// page asks for one step's view at a time as the learner scrubs, so both are
// written by appending to a single reserved string: no iostreams, no DOM, no
// intermediate objects. The writer inserts commas itself, which keeps the
// callers (show/json.cpp, show/view.cpp) reading like the schema they
// produce (trace/SCHEMA.md).
//
// Every string goes through appendJsonString, the one place that escapes:
// quotes, backslashes and control characters are escaped, and bytes that are
// not valid UTF-8 (a learner's program can put any byte in a Vec<u8> or a
// String's spare capacity) become U+FFFD, so the output is always valid JSON.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace sh {

// Appends `text` as a quoted JSON string.
void appendJsonString(std::string& out, std::string_view text);
// `text` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string validUtf8(std::string_view text);
// Appends the bytes as lower-case hex, two digits per byte, in memory order.
void appendHex(std::string& out, const uint8_t* data, size_t n);

class JsonWriter;
struct RunResult;
struct MemoryImage;

// The view's fields (SCHEMA.md, "The view") into an object the caller has
// opened: view.cpp writes them for viewToJson, json.cpp for stepViewToJson.
void writeView(JsonWriter& w, const RunResult& result, const MemoryImage& after);

class JsonWriter {
 public:
  explicit JsonWriter(size_t reserve = 4096) { out_.reserve(reserve); }

  JsonWriter& beginObject() { return open('{'); }
  JsonWriter& endObject() { return close('}'); }
  JsonWriter& beginArray() { return open('['); }
  JsonWriter& endArray() { return close(']'); }

  JsonWriter& key(std::string_view name) {
    separate();
    appendJsonString(out_, name);
    out_ += ':';
    afterKey_ = true;
    return *this;
  }

  JsonWriter& value(std::string_view text) {
    separate();
    appendJsonString(out_, text);
    return *this;
  }
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool b) { return raw(b ? "true" : "false"); }
  JsonWriter& value(uint64_t n) { return number(n); }
  JsonWriter& value(uint32_t n) { return number(n); }
  JsonWriter& value(int64_t n) { return number(n); }
  JsonWriter& value(int32_t n) { return number(n); }
  JsonWriter& null() { return raw("null"); }
  JsonWriter& hex(const uint8_t* data, size_t n) {
    separate();
    out_ += '"';
    appendHex(out_, data, n);
    out_ += '"';
    return *this;
  }

  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  JsonWriter& nullField(std::string_view name) { return key(name).null(); }

  std::string take() { return std::move(out_); }

 private:
  void separate() {
    if (afterKey_) {
      afterKey_ = false;
      return;
    }
    if (!first_) out_ += ',';
    first_ = false;
  }
  JsonWriter& open(char c) {
    separate();
    out_ += c;
    first_ = true;
    return *this;
  }
  JsonWriter& close(char c) {
    out_ += c;
    first_ = false;
    return *this;
  }
  JsonWriter& raw(std::string_view text) {
    separate();
    out_ += text;
    return *this;
  }
  template <typename N>
  JsonWriter& number(N n) {
    separate();
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out_.append(buf, end);
    return *this;
  }

  std::string out_;
  bool first_ = true;
  bool afterKey_ = false;
};

}  // namespace sh
