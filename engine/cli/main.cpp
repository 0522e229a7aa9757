// `stack-heap`: the command-line face of the engine.
//
// The engine never prints; a sh::Session holds what the program printed, how
// it ended and the trace, and this file alone decides what reaches the
// terminal. It uses nothing but api/session.h, as the wasm binding does, so
// the CLI shows exactly what the web page shows and the golden tests can
// drive the engine as a plain process:
//   run      behaves like the compiled program (its stdout, stderr, exit code)
//   trace    the whole result as JSON
//   diagram  the memory at one step as text
//   view     the memory at one step as JSON
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "api/session.h"

namespace {

constexpr const char* kUsage =
    "usage: stack-heap run FILE [--budget N] [--stdin-file PATH]\n"
    "       stack-heap trace FILE [--budget N]\n"
    "       stack-heap diagram FILE [--step N] [--budget N]\n"
    "       stack-heap view FILE --step N [--budget N]\n"
    "FILE may be `-` for standard input. Steps are numbered from 1.\n"
    "--stdin-file PATH gives the program's own standard input (what read_line reads).\n";

int usageError(const std::string& message) {
  std::cerr << "stack-heap: " << message << "\n" << kUsage;
  return 2;
}

std::optional<uint64_t> parseCount(const std::string& text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoull(text);
}

std::optional<std::string> readSource(const std::string& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), {});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 1 && (args[0] == "-h" || args[0] == "--help")) {
    std::cout << kUsage;
    return 0;
  }
  if (args.size() < 2) return usageError("expected a command and a FILE");

  const std::string command = args[0];
  if (command != "run" && command != "trace" && command != "diagram" && command != "view") {
    return usageError("unknown command `" + command + "`");
  }
  const std::string path = args[1];
  sh::RunOptions options;
  options.fileName = path == "-" ? "main.rs" : path;
  std::optional<uint64_t> step;  // 1-based, as shown to users
  for (size_t i = 2; i < args.size(); i += 2) {
    const std::string& flag = args[i];
    if (flag == "--stdin-file") {
      if (i + 1 >= args.size()) return usageError("--stdin-file needs a path");
      std::optional<std::string> input = readSource(args[i + 1]);
      if (!input) return usageError("cannot read `" + args[i + 1] + "`");
      options.stdinText = *input;
      continue;
    }
    if (flag != "--budget" && flag != "--step") return usageError("unknown option `" + flag + "`");
    if (i + 1 >= args.size()) return usageError(flag + " needs a number");
    std::optional<uint64_t> value = parseCount(args[i + 1]);
    if (!value) return usageError(flag + " needs a number, not `" + args[i + 1] + "`");
    if (flag == "--budget") {
      options.stepBudget = *value;
    } else if (command == "diagram" || command == "view") {
      step = *value;
    } else {
      return usageError("--step applies to diagram and view only");
    }
  }
  if (command == "view" && !step) return usageError("view needs --step N");

  std::optional<std::string> source = readSource(path);
  if (!source) return usageError("cannot read `" + path + "`");

  sh::Session session(*source, options);
  const sh::RunResult& result = session.result();

  if (command == "run") {
    std::cout << result.stdoutText << std::flush;
    std::cerr << result.stderrText() << std::flush;
    return result.exitCode();
  }
  if (command == "trace") {
    std::cout << session.resultJson() << "\n";
    return 0;
  }

  const size_t stepCount = session.stepCount();
  if (stepCount == 0) {
    std::cerr << "stack-heap: the program has no steps to show (" << sh::outcomeName(result.outcome)
              << ")\n"
              << result.stderrText();
    return 1;
  }
  const uint64_t shown = step.value_or(stepCount);
  if (shown < 1 || shown > stepCount) {
    std::cerr << "stack-heap: step " << shown << " does not exist: this run has steps 1 to " << stepCount
              << "\n";
    return 2;
  }
  if (command == "diagram") {
    const std::string diagram = session.diagram(shown - 1);
    std::cout << diagram << (diagram.empty() || diagram.back() != '\n' ? "\n" : "");
  } else {
    std::cout << session.view(shown - 1) << "\n";
  }
  return 0;
}
