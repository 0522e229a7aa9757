// An enum constant (`const RED: Color = Color::Red;`) matches the variant it holds, and exhaustiveness sees through it.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Color {
    Red,
    Green,
    Rgb(u8, u8, u8),
}

const RED: Color = Color::Red;
const WHITE: Color = Color::Rgb(255, 255, 255);

fn name(c: Color) -> &'static str {
    match c {
        RED => "red",
        Color::Green => "green",
        WHITE => "white",
        Color::Rgb(..) => "some colour",
    }
}

fn main() {
    for c in [Color::Red, Color::Green, Color::Rgb(255, 255, 255), Color::Rgb(1, 2, 3)] {
        println!("{:?} is {}", c, name(c));
    }
}
// expect: Red is red
// expect: Green is green
// expect: Rgb(255, 255, 255) is white
// expect: Rgb(1, 2, 3) is some colour
