// A tuple of a u8 range and a bool leaves `(101_u8..=u8::MAX, true)` uncovered (E0004).
let t = (7u8, true);
match t {
    (0..=100, true) => println!("low"),
    (_, false) => println!("off"),
}
// error: E0004 at 3:7
