// How a run ended, in the words and exit codes a Rust binary would use.
#include "run/result.h"

namespace sh {

const char* outcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::Finished: return "finished";
    case Outcome::ReturnedError: return "returned_error";
    case Outcome::CompileError: return "compile_error";
    case Outcome::Panicked: return "panicked";
    case Outcome::PanicInCleanup: return "panic_in_cleanup";
    case Outcome::Exited: return "exited";
    case Outcome::BudgetExhausted: return "budget_exhausted";
    case Outcome::StackOverflow: return "stack_overflow";
    case Outcome::OutOfMemory: return "out_of_memory";
  }
  return "finished";
}

int RunResult::exitCode() const {
  switch (outcome) {
    case Outcome::Finished: return 0;
    case Outcome::Exited: return exitStatus;
    case Outcome::ReturnedError: return 1;
    case Outcome::CompileError: return 1;
    case Outcome::Panicked: return 101;
    case Outcome::BudgetExhausted: return 124;  // like timeout(1): stopped from outside
    case Outcome::StackOverflow: case Outcome::OutOfMemory: case Outcome::PanicInCleanup:
      return 134;  // Rust aborts: SIGABRT
  }
  return 1;
}

std::string RunResult::stderrText() const {
  switch (outcome) {
    case Outcome::Finished: case Outcome::ReturnedError: case Outcome::Panicked: case Outcome::Exited:
      return runtimeStderr;
    case Outcome::CompileError: return renderDiagnostics(diagnostics, *source);
    case Outcome::PanicInCleanup:  // std's own panic, where core reports it
      return runtimeStderr + "\nthread 'main' panicked at " + panicFile + ":" + std::to_string(panicAt.line) + ":" +
             std::to_string(panicAt.col) + ":\n" + panicMessage + "\nthread caused non-unwinding panic. aborting.\n";
    case Outcome::BudgetExhausted: case Outcome::StackOverflow: case Outcome::OutOfMemory:
      return runtimeStderr + panicMessage + "\n";
  }
  return "";
}

}  // namespace sh
