// C-like enums: implicit discriminants from zero, explicit ones printed in hex through `as`.
enum Number {
    Zero,
    One,
    Two,
}

enum Color {
    Red = 0xff0000,
    Green = 0x00ff00,
    Blue = 0x0000ff,
}

fn main() {
    println!("zero is {}", Number::Zero as i32);
    println!("one is {}", Number::One as i32);
    println!("two is {}", Number::Two as u8);
    println!("roses are #{:06x}", Color::Red as i32);
    println!("leaves are #{:06x}", Color::Green as i32);
    println!("violets are #{:06x}", Color::Blue as u32);
    println!("{}", std::mem::size_of::<Color>());
}
// expect: zero is 0
// expect: one is 1
// expect: two is 2
// expect: roses are #ff0000
// expect: leaves are #00ff00
// expect: violets are #0000ff
// expect: 4
