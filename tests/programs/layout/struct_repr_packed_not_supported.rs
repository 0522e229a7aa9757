// `#[repr(packed)]` changes a struct's layout, which the engine does not compute: it says so at the struct rather than drawing the default layout.
#[repr(packed)]
struct Packed {
    a: u8,
    b: u32,
}

fn main() {
    let p = Packed { a: 1, b: 2 };
    let b = p.b;
    println!("{} {} {}", p.a, b, std::mem::size_of::<Packed>());
}
// expect: 1 2 5
// unsupported: `#[repr(packed)]` on a struct at 3:8
