// The WebAssembly face of the engine: api/session.h exposed through Embind.
//
// Text crosses the boundary as JSON (the schema is engine/trace/SCHEMA.md),
// so JS needs no knowledge of C++ types and web/engine.cjs turns the text
// into plain objects; the timeline's per-step numbers cross as typed arrays,
// copied out of the module's memory. One Embind class, Session, over
// sh::Session:
//   new Session(source, options)  runs at once; then summary(), stepCount(),
//                                 stepKinds(), stepLines(), stepLiveBytes(),
//                                 stepStdoutBytes(), step(n), view(n),
//                                 diagram(n), resultJson()
//   new Session(); run(source, options)
//                                 the page's older use: runs and answers the
//                                 whole result's JSON; view and diagram follow
// Each Session keeps its own keyframes, so several of them (the compare view,
// elements sharing a worker) can be asked in turn at no extra cost. A C++
// exception reaching JS arrives as a bare number, so every call catches the
// engine's own failures and reports them as {"internalError": "..."}.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "api/session.h"
#include "show/json_writer.h"

namespace {

std::string internalError(const std::exception& e) {
  std::string out = "{\"internalError\":";
  sh::appendJsonString(out, e.what());
  return out + "}";
}

sh::RunOptions toOptions(const emscripten::val& options) {
  sh::RunOptions out;
  if (options.isUndefined() || options.isNull()) return out;
  emscripten::val budget = options["stepBudget"];
  if (budget.isNumber() && budget.as<double>() >= 0) out.stepBudget = static_cast<uint64_t>(budget.as<double>());
  emscripten::val input = options["stdin"];
  if (input.isString()) out.stdinText = input.as<std::string>();
  emscripten::val name = options["fileName"];
  if (name.isString()) out.fileName = name.as<std::string>();
  return out;
}

// A copy of `values` as a JS typed array (`Uint8Array`, ...): a view of the
// module's memory would go stale when the memory grows.
template <typename T>
emscripten::val typedArrayOf(const char* type, const std::vector<T>& values) {
  return emscripten::val::global(type).new_(emscripten::typed_memory_view(values.size(), values.data()));
}

class Session {
 public:
  Session() = default;
  Session(std::string source, emscripten::val options) { start(source, options); }

  std::string run(std::string source, emscripten::val options) {
    std::optional<std::string> failed = start(source, options);
    if (failed) return *failed;
    return guarded([&] { return session_->resultJson(); });
  }

  std::string summary() const {
    if (!session_) return "{\"error\":\"no run\"}";
    return guarded([&] { return session_->summary(); });
  }

  int stepCount() const { return session_ ? static_cast<int>(session_->stepCount()) : 0; }

  emscripten::val stepKinds() { return typedArrayOf("Uint8Array", timeline().kinds); }
  emscripten::val stepLines() { return typedArrayOf("Uint32Array", timeline().lines); }
  emscripten::val stepLiveBytes() { return typedArrayOf("Uint32Array", timeline().liveBytes); }
  // Float64: stdout may in principle pass 4 GiB, and a double holds every count up to 2^53 exactly.
  emscripten::val stepStdoutBytes() {
    const std::vector<uint64_t>& bytes = timeline().stdoutBytes;
    return typedArrayOf("Float64Array", std::vector<double>(bytes.begin(), bytes.end()));
  }

  // step is 0-based; out of range (or no run yet) answers {"error": ...}.
  std::string step(int n) {
    if (!hasStep(n)) return "{\"error\":\"no such step\"}";
    return guarded([&] { return session_->step(static_cast<size_t>(n)); });
  }

  std::string view(int n) {
    if (!hasStep(n)) return "{\"error\":\"no such step\"}";
    return guarded([&] { return session_->view(static_cast<size_t>(n)); });
  }

  // step is 0-based; out of range (or no run yet) answers "".
  std::string diagram(int n) {
    if (!hasStep(n)) return "";
    try {
      return session_->diagram(static_cast<size_t>(n));
    } catch (const std::exception& e) {
      return std::string("internal error: ") + e.what();
    }
  }

  std::string resultJson() const {
    if (!session_) return "{\"error\":\"no run\"}";
    return guarded([&] { return session_->resultJson(); });
  }

 private:
  // Runs source; the internal error's JSON if the engine failed.
  std::optional<std::string> start(const std::string& source, const emscripten::val& options) {
    session_.reset();
    try {
      session_.emplace(source, toOptions(options));
      return std::nullopt;
    } catch (const std::exception& e) {
      session_.reset();
      return internalError(e);
    }
  }

  template <typename F>
  static std::string guarded(F answer) {
    try {
      return answer();
    } catch (const std::exception& e) {
      return internalError(e);
    }
  }

  const sh::Timeline& timeline() {
    static const sh::Timeline kEmpty;
    return session_ ? session_->timeline() : kEmpty;
  }

  bool hasStep(int n) const { return session_ && n >= 0 && static_cast<size_t>(n) < session_->stepCount(); }

  std::optional<sh::Session> session_;
};

std::string runOnce(std::string source, emscripten::val options) { return Session().run(std::move(source), options); }

}  // namespace

EMSCRIPTEN_BINDINGS(stack_heap) {
  emscripten::class_<Session>("Session")
      .constructor<>()
      .constructor<std::string, emscripten::val>()
      .function("run", &Session::run)
      .function("summary", &Session::summary)
      .function("stepCount", &Session::stepCount)
      .function("stepKinds", &Session::stepKinds)
      .function("stepLines", &Session::stepLines)
      .function("stepLiveBytes", &Session::stepLiveBytes)
      .function("stepStdoutBytes", &Session::stepStdoutBytes)
      .function("step", &Session::step)
      .function("view", &Session::view)
      .function("diagram", &Session::diagram)
      .function("resultJson", &Session::resultJson);
  emscripten::function("run", &runOnce);
}
