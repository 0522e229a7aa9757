// The simulated address space, shared by the interpreter that writes memory
// and the replay that rebuilds it from the trace.
//
// The numbers look like a 64-bit Linux process's (statics low, the heap
// above them, the stack growing down from high addresses) so a learner's
// pointers read as real ones do; they live here, with the trace, because an
// address in an event means nothing without them.
#pragma once

#include <cstdint>

namespace sh {

using Address = uint64_t;

// Functions have addresses too, below the static region: a vtable's slots
// hold them (run/statics.cpp gives each function a vtable names one, in order).
inline constexpr Address kCodeBase = 0x400000;
// The functions made `fn` pointers (Checked::fnPointers) sit in the upper
// half of the code region, 16 bytes apart, so the run and the picture agree
// on which address is which function.
inline constexpr Address kFnPointerBase = 0x400800;
inline constexpr uint64_t kMaxFnPointers = 128;
inline constexpr Address kStaticBase = 0x401000;
inline constexpr Address kHeapBase = 0x600000;
inline constexpr Address kStackTop = 0x7ffff000;
inline constexpr uint64_t kCellAlign = 16;
inline constexpr uint64_t kFrameHeaderBytes = 16;  // return address + saved frame pointer

}  // namespace sh
