// What a run looks like: the presentations of a RunResult.
//
// Everything here reads a finished run (its checked program, its trace) and
// writes text: the JSON document of the whole run, its summary, one step, the
// decoded memory of one step for the page, and the text diagram for the
// terminal. Nothing here runs code or changes the run, and nothing here
// replays: a step's memory is handed in (`after`, the memory right after step
// `after.step`), so whoever owns the run owns its keyframes (api/session.h).
#pragma once

#include <cstdint>
#include <string>

#include "run/result.h"
#include "trace/replay.h"

namespace sh {

// The whole result as JSON (schema: engine/trace/SCHEMA.md, "The run").
std::string resultToJson(const RunResult& result);
// The run without its steps: everything resultToJson writes before "steps",
// then "stepCount" and "stepKinds", the names of the step kinds in the order
// of their numbers (SCHEMA.md, "The summary").
std::string summaryToJson(const RunResult& result);
// One entry of resultToJson's "steps"; stdoutLength is the bytes printed up
// to and including this step.
std::string stepToJson(const RunResult& result, const MemoryImage& after, uint64_t stdoutLength);
// The memory at one step, decoded for drawing (schema: engine/trace/SCHEMA.md, "The view").
std::string viewToJson(const RunResult& result, const MemoryImage& after);
// The memory at one step as a text diagram: stack above, heap below.
std::string renderDiagram(const RunResult& result, const MemoryImage& after);

}  // namespace sh
