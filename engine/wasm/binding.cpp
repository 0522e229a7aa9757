// The WebAssembly face of the engine: api/session.h exposed through Embind.
//
// A page keeps a run's trace here, in the engine, and asks for what it
// draws: a million-step trace is about 30 MB in the engine's own form and
// several hundred as JSON, so no whole run ever crosses as text. One Embind
// class, Session, over sh::Session:
//   new Session(source, options)  runs at once (options: stepBudget, stdin, fileName)
//   summary()                     JSON (SCHEMA.md, "The summary"): how the run
//                                 ended, its output and diagnostics, the step
//                                 count, the step to open at, the totals
//   stepKinds(), stepEvents(), stepLines(), stepLiveBytes()
//                                 the timeline, one entry per step, as typed
//                                 arrays (Uint8Array, Uint16Array, Uint32Array,
//                                 Uint32Array) copied out of the module's memory
//   stepView(n)                   JSON (SCHEMA.md, "The step's view"): the
//                                 memory after step n and the step itself
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
  Session(std::string source, emscripten::val options) {
    try {
      session_.emplace(source, toOptions(options));
    } catch (const std::exception& e) {
      failure_ = internalError(e);
    }
  }

  std::string summary() {
    if (!session_) return failure_;
    return guarded([&] { return session_->summary(); });
  }

  int stepCount() const { return session_ ? static_cast<int>(session_->stepCount()) : 0; }

  emscripten::val stepKinds() { return typedArrayOf("Uint8Array", timeline().kinds); }
  emscripten::val stepEvents() { return typedArrayOf("Uint16Array", timeline().events); }
  emscripten::val stepLines() { return typedArrayOf("Uint32Array", timeline().lines); }
  emscripten::val stepLiveBytes() { return typedArrayOf("Uint32Array", timeline().liveBytes); }

  // step is 0-based; out of range (or no run) answers {"error": ...}.
  std::string stepView(int n) {
    if (!session_ || n < 0 || static_cast<size_t>(n) >= session_->stepCount()) return "{\"error\":\"no such step\"}";
    return guarded([&] { return session_->stepView(static_cast<size_t>(n)); });
  }

 private:
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

  std::optional<sh::Session> session_;
  std::string failure_;  // the internal error's JSON when the run itself failed
};

}  // namespace

EMSCRIPTEN_BINDINGS(stack_heap) {
  emscripten::class_<Session>("Session")
      .constructor<std::string, emscripten::val>()
      .function("summary", &Session::summary)
      .function("stepCount", &Session::stepCount)
      .function("stepKinds", &Session::stepKinds)
      .function("stepEvents", &Session::stepEvents)
      .function("stepLines", &Session::stepLines)
      .function("stepLiveBytes", &Session::stepLiveBytes)
      .function("stepView", &Session::stepView);
}
