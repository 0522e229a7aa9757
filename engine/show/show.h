// What a run looks like: the presentations of a RunResult.
//
// Everything here reads a finished run (its checked program, its trace) and
// writes text: the JSON document of the whole run, the decoded memory of one
// step for the page, and the text diagram for the terminal. Nothing here
// runs code or changes the run.
#pragma once

#include <cstddef>
#include <string>

#include "run/result.h"

namespace sh {

// The whole result as JSON (schema: engine/trace/SCHEMA.md).
std::string resultToJson(const RunResult& result);
// The memory at one step, decoded for drawing (schema: engine/trace/SCHEMA.md).
std::string viewToJson(const RunResult& result, size_t step);
// The memory at one step as a text diagram: stack above, heap below.
std::string renderDiagram(const RunResult& result, size_t step);

}  // namespace sh
