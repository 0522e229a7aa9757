// A generic function printing its T with {} needs T: Display; without the bound it is E0277 at the argument.
fn show<T>(x: T) {
    println!("{}", x);
}

fn main() {
    show(3);
}
// error: E0277 at 3:20
