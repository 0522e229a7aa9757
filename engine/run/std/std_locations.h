// Where std reports the panics that happen inside its own code, from
// std_locations.def (generated from rustc's own panics by
// scripts/std-tables/std-locations.mjs): per integer type, its methods' and
// from_str_radix's places in core/src/num/mod.rs, and single named places
// elsewhere (char::to_digit's radix check, str::split_at, a capacity
// overflow).
#pragma once

#include "check/types.h"
#include "run/interpreter.h"

namespace sh {

enum class StdSite {
#define SH_INT_LOCATION(kind, methodLine, methodCol, radixLine, radixCol)
#define SH_STD_LOCATION(name, file, line, col) name,
#include "run/std/std_locations.def"
};

StdLocation stdLocation(StdSite site);
StdLocation intMethodLocation(IntKind k);     // pow, abs, wrapping_div ... of that type
StdLocation fromStrRadixLocation(IntKind k);  // from_str_radix's radix check

}  // namespace sh
