// `#[allow(overflowing_literals)]` on a function: its literals wrap to their type, as rustc's do.
#[allow(overflowing_literals)]
fn wrapped() -> (u8, i8, i16) {
    (300, 128, 40000)
}

fn main() {
    let (a, b, c) = wrapped();
    println!("{} {} {}", a, b, c);
    #[allow(overflowing_literals)]
    let d = 1000 as u8;
    println!("{}", d);
}
// expect: 44 -128 -25536
// expect: 232
