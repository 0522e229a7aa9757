// std::io: the standard input handle and read_line.
//
// A run's standard input is given whole up front (RunOptions::stdinText,
// the page's input box or the CLI's --stdin-file), so reading never blocks:
// read_line takes the next line of it, newline included, and returns Ok(0)
// at its end, as on a closed stdin. One function per row of
// check/std_methods.def and check/std_fns.def, named run<Row>.
#include "run/interpreter.h"

namespace sh {

Value Interpreter::runIoStdin(StdCall& c) { return Value(c.call.type, 0); }

// One line of the run's standard input, newline included, appended.
Value Interpreter::runStdinReadLine(StdCall& c) {
  const std::string& input = options_.stdinText;
  size_t end = input.find('\n', stdinPos_);
  end = end == std::string::npos ? input.size() : end + 1;
  std::string line = input.substr(stdinPos_, end - stdinPos_);
  stdinPos_ = end;
  stringAppend(c.args[0].u64(), line);
  Value count = makeInt(T_.usize(), static_cast<__int128>(line.size()));
  return makeResult(c.call.type, &count, 0);
}

}  // namespace sh
