// Rvalue static promotion: which borrowed temporaries rustc puts in the
// static region instead of the stack, so a reference to them lives as long
// as the program (`fn f() -> &'static i32 { &5 }`, `v.push(&7)` in a loop,
// `[1, 2, 3].iter()` returned).
//
// The borrow checker asks it so that such a borrow never dies with its
// statement, and the interpreter asks it, with the same answer, so that it
// places the value in the static region once per site and the reference
// reads it there for the rest of the run. Only a shared borrow promotes
// (`&mut [1, 2]` is a fresh temporary each time, but for the empty array
// `&mut []`), and only a value that needs no drop (`&D(1)` with an
// `impl Drop for D` stays a temporary, so returning it is E0515).
#pragma once

#include "check/types.h"
#include "syntax/ast.h"

namespace sh {

// The temporary a borrowed place expression lives in: the value under its
// fields and indexes (`&make().name`, `&vec![1][0]`), unless the path goes
// through a reference, which points elsewhere; null for a variable or a
// constant's path.
const Expr* temporaryUnder(const TypeTable& T, const Expr& e);

// Whether borrowing the temporary `e` (`&mut` when `mut`) borrows a value
// rustc promotes: literals and what is built of them alone (tuples, arrays,
// struct literals, the constructors of tuple structs and variants, `Some`,
// `Ok`, `Err`, arithmetic, `/` and `%` by a non-zero literal only, casts),
// constants and unit values, owning nothing to drop.
bool promotesWhenBorrowed(const TypeTable& T, const Expr& e, bool mut);

}  // namespace sh
