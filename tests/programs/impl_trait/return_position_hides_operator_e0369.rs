// `+` is not among `impl Display`'s bounds, so adding to the i32 it hides is E0369.
fn five() -> impl std::fmt::Display {
    5
}

fn main() {
    let a = five();
    let b = a + 1;
    println!("{b}");
}
// error: E0369 at 8:15
