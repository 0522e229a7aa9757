// Field-less enum variants with explicit hexadecimal discriminants, cast to i32 and printed as hex.
enum Color {
    Red = 0xff0000,
    Green = 0x00ff00,
    Blue = 0x0000ff,
}

enum Number {
    Zero,
    One,
    Five = 5,
    Six,
}

fn main() {
    println!("zero is {}", Number::Zero as i32);
    println!("one is {}", Number::One as i32);
    println!("six is {}", Number::Six as u8);
    println!("five is {}", Number::Five as i64);
    println!("roses are #{:06x}", Color::Red as i32);
    println!("grass is #{:06x}", Color::Green as i32);
    println!("violets are #{:06x}", Color::Blue as i32);
}
// expect: zero is 0
// expect: one is 1
// expect: six is 6
// expect: five is 5
// expect: roses are #ff0000
// expect: grass is #00ff00
// expect: violets are #0000ff
