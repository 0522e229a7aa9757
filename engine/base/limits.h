// Every limit the engine enforces, named once with the reason it exists.
//
// The engine runs inside a browser tab. A learner's program may loop forever,
// recurse without end or ask for a terabyte; none of that may freeze the page
// or crash the worker. Each limit below turns such a program into a clear
// message, and each has a golden test that hits it.
#pragma once

#include <cstdint>

namespace sh::limits {

// Statements executed before a run is stopped. 100,000 steps trace in well
// under a second in the browser and are more than any lesson needs.
inline constexpr uint64_t kDefaultStepBudget = 100'000;

// Nested calls before we report a stack overflow as Rust does: a real 8 MiB
// main thread holds about this many small debug-build frames.
inline constexpr uint32_t kMaxCallDepth = 100000;

// The interpreter recurses on the host's own stack for each call (about 4 KB
// per learner call, and more per nested expression), so it runs on a stack of
// kHostStackBytes — the wasm build's whole stack (CMakeLists.txt), a thread of
// its own natively (api/run.cpp) — and stops when it has used
// kHostStackBudget of it: about 12,000 nested calls. Past that the learner
// sees Rust's stack overflow report, never a crash of the engine.
inline constexpr uint64_t kHostStackBytes = 64ull << 20;
inline constexpr uint64_t kHostStackBudget = 48ull << 20;

// Simulated stack size: frames are laid out downward from kStackTop; a program
// whose frames need more than this overflows like a real 8 MiB main thread.
inline constexpr uint64_t kStackBytes = 8ull << 20;

// Simulated heap size. Allocations past it fail like Rust's
// "memory allocation of N bytes failed".
inline constexpr uint64_t kHeapBytes = 64ull << 20;

// Nesting of expressions and blocks the parser accepts. Deeper nesting is a
// diagnostic, not a host stack overflow.
inline constexpr uint32_t kMaxNesting = 256;

// Source size accepted at all (the playground never sends more).
inline constexpr uint32_t kMaxSourceBytes = 4u << 20;

// Instances of generic functions (one per function and set of type
// arguments) a program may make. Real programs make dozens; only a function
// that calls itself with an ever larger type (`f::<Vec<T>>` from `f::<T>`)
// makes more, and rustc rejects that too (its recursion limit).
inline constexpr size_t kMaxInstances = 4096;

}  // namespace sh::limits
