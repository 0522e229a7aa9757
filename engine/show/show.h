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
#include "trace/timeline.h"

namespace sh {

// The whole result as JSON (schema: engine/trace/SCHEMA.md, "The run").
std::string resultToJson(const RunResult& result);
// The run without its steps: everything resultToJson writes before "steps",
// then "stepCount", the names of the step and event kinds in the order of
// their numbers in the timeline, the step to open the run at and the run's
// totals (SCHEMA.md, "The summary").
std::string summaryToJson(const RunResult& result, const Timeline& timeline);
// One entry of resultToJson's "steps"; stdoutLength is the bytes printed up
// to and including this step.
std::string stepToJson(const RunResult& result, const MemoryImage& after, uint64_t stdoutLength);
// The memory at one step, decoded for drawing (schema: engine/trace/SCHEMA.md, "The view").
std::string viewToJson(const RunResult& result, const MemoryImage& after);
// The view and the step it follows, as the page draws it: viewToJson's fields,
// then the step's place, depth, stdout length and its events without a
// write's bytes or a print's text (SCHEMA.md, "The step's view").
std::string stepViewToJson(const RunResult& result, const MemoryImage& after, uint64_t stdoutLength);
// The memory at one step as a text diagram: stack above, heap below.
std::string renderDiagram(const RunResult& result, const MemoryImage& after);

}  // namespace sh
