// The WebAssembly face of the engine: api/run.h exposed through Embind.
//
// Everything crosses the boundary as JSON text (the schema is
// engine/trace/SCHEMA.md), so JS needs no knowledge of C++ types and
// web/engine.js turns the text into plain objects. A Session keeps the last
// RunResult so the page can ask for the memory at any step without re-running.
// A C++ exception reaching JS arrives as a bare number, so the few calls here
// catch and report the engine's own failures as {"internalError": "..."}.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <optional>
#include <string>

#include "api/run.h"

namespace {

std::string quote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      static const char* hex = "0123456789abcdef";
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string internalError(const std::exception& e) { return "{\"internalError\":" + quote(e.what()) + "}"; }

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

class Session {
 public:
  std::string run(std::string source, emscripten::val options) {
    last_.reset();
    try {
      last_ = sh::run(source, toOptions(options));
      return sh::resultToJson(*last_);
    } catch (const std::exception& e) {
      last_.reset();
      return internalError(e);
    }
  }

  // step is 0-based; out of range (or no run yet) answers {"error": ...}.
  std::string view(int step) const {
    if (!hasStep(step)) return "{\"error\":\"no such step\"}";
    try {
      return sh::viewToJson(*last_, static_cast<size_t>(step));
    } catch (const std::exception& e) {
      return internalError(e);
    }
  }

  // step is 0-based; out of range (or no run yet) answers "".
  std::string diagram(int step) const {
    if (!hasStep(step)) return "";
    try {
      return sh::renderDiagram(*last_, static_cast<size_t>(step));
    } catch (const std::exception& e) {
      return std::string("internal error: ") + e.what();
    }
  }

 private:
  bool hasStep(int step) const { return last_ && step >= 0 && static_cast<size_t>(step) < last_->trace.steps.size(); }

  std::optional<sh::RunResult> last_;
};

std::string runOnce(std::string source, emscripten::val options) { return Session().run(std::move(source), options); }

}  // namespace

EMSCRIPTEN_BINDINGS(stack_heap) {
  emscripten::class_<Session>("Session")
      .constructor<>()
      .function("run", &Session::run)
      .function("view", &Session::view)
      .function("diagram", &Session::diagram);
  emscripten::function("run", &runOnce);
}
