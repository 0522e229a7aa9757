// Rust may reorder struct fields: u8, u32, u16 fit in 8 bytes, not the 12 that declaration order would need.
use std::mem::{align_of, size_of};

struct Mixed {
    a: u8,
    b: u32,
    c: u16,
}

#[repr(C)]
struct MixedC {
    a: u8,
    b: u32,
    c: u16,
}

fn main() {
    let m = Mixed { a: 1, b: 2, c: 3 };
    let mc = MixedC { a: 1, b: 2, c: 3 };
    println!("{} {} {}", m.a, m.b, m.c);
    println!("{} {} {}", mc.a, mc.b, mc.c);
    println!("Mixed {} align {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("repr(C) {} align {}", size_of::<MixedC>(), align_of::<MixedC>());
}
// expect: 1 2 3
// expect: 1 2 3
// expect: Mixed 8 align 4
// expect: repr(C) 12 align 4
