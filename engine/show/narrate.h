// One plain-English sentence per step, made from the step's events and the
// memory right after it.
//
// The events say what happened; the narrator says it the way a teacher
// would, with names, sizes and addresses: "`server_name` takes 24 bytes on
// the stack at 0x7fffefd0 (pointer, capacity, length), holding "Kinetic
// Gateway". `server_name` gets a new heap cell at 0x600000 with room for 15
// bytes of text." Sentences are made when asked for (the JSON export, the
// diagram, the page's view) rather than stored with each step, so running a
// million steps costs no text at all.
#pragma once

#include <string>

#include "run/result.h"
#include "trace/replay.h"

namespace sh {

// `after` must be the memory right after step `step` (replay(trace, step)).
std::string narrateStep(const RunResult& result, const MemoryImage& after, size_t step);

}  // namespace sh
