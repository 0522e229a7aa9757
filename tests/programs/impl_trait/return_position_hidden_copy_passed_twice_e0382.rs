// Passing a hidden Copy value to a function moves it, as any value the bounds do not call Copy.
use std::fmt::Display;

fn make() -> impl Display {
    'x'
}

fn show(x: impl Display) {
    println!("{x}");
}

fn main() {
    let c = make();
    show(c);
    show(c);
}
// error: E0382 at 15:10
