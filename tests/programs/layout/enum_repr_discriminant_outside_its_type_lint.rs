// A discriminant its enum's `#[repr(u8)]` cannot hold is rustc's deny-by-default overflowing_literals lint at the literal (the engine must reject it there, not lay the enum out).
#[derive(Debug)]
#[repr(u8)]
enum Big {
    A = 1,
    B = 300,
}

fn main() {
    println!("{:?}", Big::A);
}
// error: lint overflowing_literals at 6:9
