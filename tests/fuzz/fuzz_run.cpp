// libFuzzer target over the engine's one entry point.
//
// Every input is a source text: it is run with a small step budget (so an
// input that loops costs milliseconds, not the 100,000-step default), then
// the whole result is written as JSON, its summary and timeline made, and
// the last step's memory (then the middle one's, then the first's: the
// replayer goes back to a keyframe) decoded to a view and drawn as a text
// diagram, so the trace, replay and view code see whatever the interpreter
// produced. The engine must never crash, hang
// or trip ASan/UBSan on any input; a learner's mistake is a diagnostic.
//
// Built by CMake with -DSH_FUZZ=ON (clang, -fsanitize=fuzzer,address,undefined;
// see scripts/fuzz). Without libFuzzer, define SH_FUZZ_REPLAY_MAIN and the
// main() below replays files and directories given on the command line,
// which is how scripts/test runs the corpus under g++ with ASan+UBSan.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sh::RunOptions options;
  options.stepBudget = 5'000;
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  sh::Session session(source, options);
  volatile size_t sink = session.resultJson().size() + session.summary().size();
  (void)session.result().stderrText();
  const size_t steps = session.stepCount();
  if (steps > 0) {
    sink = sink + session.view(steps - 1).size() + session.step(steps - 1).size();
    sink = sink + session.diagram(steps - 1).size();
    if (steps > 1) sink = sink + session.diagram(steps / 2).size() + session.view(0).size();
    sink = sink + session.timeline().liveBytes.back();
  }
  (void)sink;
  return 0;
}

#ifdef SH_FUZZ_REPLAY_MAIN
// Replays every file named on the command line (directories: every regular
// file inside, sorted), prints one line per input and a total.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const fs::path p(argv[i]);
    if (fs::is_directory(p)) {
      std::vector<fs::path> found;
      for (const auto& e : fs::recursive_directory_iterator(p))
        if (e.is_regular_file()) found.push_back(e.path());
      std::sort(found.begin(), found.end());
      inputs.insert(inputs.end(), found.begin(), found.end());
    } else {
      inputs.push_back(p);
    }
  }
  size_t n = 0;
  for (const fs::path& p : inputs) {
    std::ifstream in(p, std::ios::binary);
    const std::string data(std::istreambuf_iterator<char>(in), {});
    std::cerr << "replay " << p.string() << " (" << data.size() << " bytes)\n";
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    ++n;
  }
  // Reaching this line means no input crashed or tripped a sanitizer (they abort).
  std::cout << n << " passed, 0 failed\n";
  return 0;
}
#endif
