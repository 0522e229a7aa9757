// `const RED: Color = Color::Red;` is usable as a pattern only when Color derives PartialEq; without it rustc rejects the arm.
enum Color {
    Red,
    Green,
}

const RED: Color = Color::Red;

fn main() {
    let c = Color::Green;
    match c {
        RED => println!("red"),
        _ => println!("other"),
    }
}
// error: "constant of non-structural type `Color` in a pattern" at 12:9
