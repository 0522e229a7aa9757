// Naming an enum variant that doesn't exist: E0599 no variant named `Purple`.
#[derive(Debug)]
enum Color {
    Red,
    Green,
}

fn main() {
    let c = Color::Purple;
    println!("{:?} {:?}", c, Color::Green);
    let _ = Color::Red;
}
// error: E0599 at 9:20
