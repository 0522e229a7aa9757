// The pipeline, end to end: source -> tokens -> syntax tree -> checked
// program -> execution -> trace. Each stage throws what ends the run
// (a CompileError, a Panic, a limit); this is the one place that turns those
// into a RunResult, so no caller ever sees an exception.
#include "api/run.h"

#include <functional>
#ifndef __EMSCRIPTEN__
#include <pthread.h>
#endif

#include "check/checker.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"
#include "syntax/parser.h"

namespace sh {

namespace {

void runChecked(RunResult& result, const RunOptions& options) {
  Interpreter in(*result.program, *result.source, result.trace, options);
  try {
    in.runMain();
    result.outcome = in.mainReturnedError() ? Outcome::ReturnedError : Outcome::Finished;
  } catch (Panic& p) {  // unwound out of main: its report is on stderr already
    in.startUnwinding(p);
    result.outcome = Outcome::Panicked;
    result.panicMessage = p.message;
    result.panicAt = p.inStd.file ? p.inStd.at : result.source->panicLineCol(p.location.start);
    if (p.inStd.file) result.panicFile = p.inStd.file;
  } catch (const ProcessExit& e) {
    result.outcome = Outcome::Exited;
    result.exitStatus = e.status;
  } catch (const PanicInCleanup&) {  // std's own panic, where core reports it, then the abort
    StdLocation at = stdLocation(StdSite::PanicInCleanup);
    result.outcome = Outcome::PanicInCleanup;
    result.panicMessage = "panic in a destructor during cleanup";
    result.panicFile = at.file;
    result.panicAt = at.at;
  } catch (const BudgetExhausted&) {
    result.outcome = Outcome::BudgetExhausted;
    result.panicMessage = "error: the program was stopped after " + std::to_string(options.stepBudget) +
                          " steps (the step budget). It may loop forever; the trace shows its first " +
                          std::to_string(options.stepBudget) + " steps.";
  } catch (const StackExhausted&) {
    result.outcome = Outcome::StackOverflow;
    result.panicMessage = "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting";
  } catch (const OutOfMemory& oom) {
    result.outcome = Outcome::OutOfMemory;
    result.panicMessage = "memory allocation of " + std::to_string(oom.bytes) + " bytes failed";
  }
  result.stdoutText = in.stdoutText();
  result.runtimeStderr = in.stderrText();
}

// Runs `work` on a stack of limits::kHostStackBytes. Natively that is a
// thread of its own (a process's main thread may have as little as 8 MB);
// in wasm there are no threads, and the module's stack has that size.
void onLargeStack(const std::function<void()>& work) {
#ifdef __EMSCRIPTEN__
  work();
#else
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, limits::kHostStackBytes);
  pthread_t thread;
  auto trampoline = [](void* arg) -> void* {
    (*static_cast<const std::function<void()>*>(arg))();
    return nullptr;
  };
  if (pthread_create(&thread, &attr, trampoline, const_cast<std::function<void()>*>(&work)) != 0) {
    pthread_attr_destroy(&attr);
    work();  // no thread to be had: run here, still bounded by the budget's check
    return;
  }
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
#endif
}

}  // namespace

RunResult run(std::string_view source, const RunOptions& options) {
  RunResult result;
  if (source.size() > limits::kMaxSourceBytes) {
    result.source = std::make_shared<SourceFile>(options.fileName, std::string());
    result.outcome = Outcome::CompileError;
    Diagnostic d;
    d.message = "the program is " + std::to_string(source.size()) + " bytes long; stack-heap runs programs of at most " +
                std::to_string(limits::kMaxSourceBytes >> 20) + " MiB";
    result.diagnostics.push_back(d);
    return result;
  }
  result.source = std::make_shared<SourceFile>(options.fileName, std::string(source));
  try {
    auto program = std::make_unique<Program>(parse(*result.source));
    result.program = check(std::move(program), *result.source);
  } catch (const CompileError& e) {
    result.outcome = Outcome::CompileError;
    result.diagnostics.push_back(e.diagnostic);
    result.diagnostics.insert(result.diagnostics.end(), e.also.begin(), e.also.end());
    return result;
  }
  onLargeStack([&] {
    try {
      runChecked(result, options);
    } catch (const CompileError& e) {  // a run that reaches what the engine cannot follow faithfully (a long sort_by)
      result.outcome = Outcome::CompileError;
      result.diagnostics.push_back(e.diagnostic);
    } catch (const InternalError& e) {
      result.outcome = Outcome::CompileError;
      Diagnostic d;
      d.message = std::string("stack-heap hit a bug of its own and stopped (") + e.what() + "); please report it";
      result.diagnostics.push_back(d);
    }
  });
  return result;
}

}  // namespace sh
