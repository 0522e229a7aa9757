// run(source, options) -> result: the one entry point of the engine.
//
// Everything outside engine/ (the CLI, the wasm binding, the tests) goes
// through this header or through the session that owns a run's result and
// answers questions about it (api/session.h). The engine never prints: it
// returns what the program printed, how it ended and the trace, and the
// caller decides what to show. The result's type lives with the stage that
// produces it (run/result.h) and its presentations with the stage that draws
// it (show/show.h).
#pragma once

#include <string_view>

#include "run/options.h"
#include "run/result.h"

namespace sh {

RunResult run(std::string_view source, const RunOptions& options = {});

}  // namespace sh
