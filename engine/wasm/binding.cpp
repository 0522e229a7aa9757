// The WebAssembly face of the engine: api/session.h as a few C functions.
//
// A page keeps a run's trace here, in the engine, and asks for what it
// draws: a million-step trace is about 30 MB in the engine's own form and
// several hundred as JSON, so no whole run ever crosses as text. The one
// caller is web/engine.cjs, which turns these into objects:
//   sh_open(source, length, budget, stdin, length, fileName, length)
//                          runs at once; budget < 0: the default step budget;
//                          fileName null: the default name. -> a run
//   sh_summary(run)        JSON (SCHEMA.md, "The summary"): how the run ended,
//                          its output and diagnostics, the step count, the
//                          step to open at, the totals
//   sh_step_view(run, n)   JSON (SCHEMA.md, "The step's view"): the memory
//                          after step n and the step itself
//   sh_timeline(run)       works out the timeline, one entry per step: ->
//                          its length, or -1 when that failed (the error
//                          is the answer)
//   sh_answer(run), sh_answer_length(run)
//                          where the text the last of those three answered
//                          is, and its length in bytes (valid until the next
//                          call on the run)
//   sh_step_kinds(run), sh_step_events(run), sh_step_lines(run),
//   sh_step_live_bytes(run)
//                          then where each of its columns' uint8, uint16,
//                          uint32 and uint32 values start in the module's
//                          memory (the caller copies them out: a view would
//                          go stale when the memory grows)
//   sh_close(run)
// Strings are UTF-8 with their lengths, in memory the caller allocated with
// malloc and frees. Each run keeps its own keyframes, so several of them
// (the compare view, elements sharing a worker) can be asked in turn at no
// extra cost. No C++ exception may reach JavaScript (it would arrive as a
// bare number), so every call catches the engine's own failures and answers
// them as {"internalError": "..."}.
//
// Plain exports rather than Embind: its JavaScript runtime was two thirds of
// the glue script, and its C++ half was in the wasm, for seven calls.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "api/session.h"
#include "show/json_writer.h"

namespace {

std::string internalError(const std::exception& e) {
  std::string out = "{\"internalError\":";
  sh::appendJsonString(out, e.what());
  return out + "}";
}

struct Run {
  std::optional<sh::Session> session;
  std::string failure;  // the internal error's JSON when the run itself failed
  std::string answer;   // the text the last summary or view answered

  // Once sh_timeline has made it.
  const sh::Timeline& timeline() {
    static const sh::Timeline kEmpty;
    return session ? session->timeline() : kEmpty;
  }

  template <typename F>
  void answerWith(F answerText) {
    try {
      answer = answerText();
    } catch (const std::exception& e) {
      answer = internalError(e);
    }
  }
};

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE Run* sh_open(const char* source, size_t sourceLength, double stepBudget, const char* stdinText,
                                  size_t stdinLength, const char* fileName, size_t fileNameLength) {
  auto* run = new Run;
  try {
    sh::RunOptions options;
    if (stepBudget >= 0) options.stepBudget = static_cast<uint64_t>(stepBudget);
    options.stdinText.assign(stdinText, stdinLength);
    if (fileName) options.fileName.assign(fileName, fileNameLength);
    run->session.emplace(std::string_view(source, sourceLength), options);
  } catch (const std::exception& e) {
    run->failure = internalError(e);
  }
  return run;
}

EMSCRIPTEN_KEEPALIVE void sh_summary(Run* run) {
  if (!run->session) return run->answerWith([&] { return run->failure; });
  run->answerWith([&] { return run->session->summary(); });
}

// n is 0-based; out of range (or no run) answers {"error": ...}.
EMSCRIPTEN_KEEPALIVE void sh_step_view(Run* run, int n) {
  if (!run->session || n < 0 || static_cast<size_t>(n) >= run->session->stepCount()) {
    return run->answerWith([] { return std::string("{\"error\":\"no such step\"}"); });
  }
  run->answerWith([&] { return run->session->stepView(static_cast<size_t>(n)); });
}

EMSCRIPTEN_KEEPALIVE int sh_timeline(Run* run) {
  try {
    return static_cast<int>(run->timeline().kinds.size());
  } catch (const std::exception& e) {
    run->answer = internalError(e);
    return -1;
  }
}

EMSCRIPTEN_KEEPALIVE const char* sh_answer(Run* run) { return run->answer.data(); }
EMSCRIPTEN_KEEPALIVE size_t sh_answer_length(Run* run) { return run->answer.size(); }

EMSCRIPTEN_KEEPALIVE const uint8_t* sh_step_kinds(Run* run) { return run->timeline().kinds.data(); }
EMSCRIPTEN_KEEPALIVE const uint16_t* sh_step_events(Run* run) { return run->timeline().events.data(); }
EMSCRIPTEN_KEEPALIVE const uint32_t* sh_step_lines(Run* run) { return run->timeline().lines.data(); }
EMSCRIPTEN_KEEPALIVE const uint32_t* sh_step_live_bytes(Run* run) { return run->timeline().liveBytes.data(); }

EMSCRIPTEN_KEEPALIVE void sh_close(Run* run) { delete run; }

}  // extern "C"
