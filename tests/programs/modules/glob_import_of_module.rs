// `use module::*;` brings in everything public in the module, but not its private items.
mod colors {
    pub const RED: (u8, u8, u8) = (255, 0, 0);
    pub const GREEN: (u8, u8, u8) = (0, 255, 0);

    pub fn mix(a: (u8, u8, u8), b: (u8, u8, u8)) -> (u8, u8, u8) {
        (a.0 / 2 + b.0 / 2, a.1 / 2 + b.1 / 2, a.2 / 2 + b.2 / 2)
    }
}

use colors::*;

fn main() {
    println!("{:?}", mix(RED, GREEN));
}
// expect: (127, 127, 0)
