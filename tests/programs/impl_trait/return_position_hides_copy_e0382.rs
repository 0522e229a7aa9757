// An `impl Display` result is Copy only if its bounds say so: the i32 it hides is moved, not copied.
fn five() -> impl std::fmt::Display {
    5
}

fn main() {
    let a = five();
    let b = a;
    let c = a;
    println!("{b} {c}");
}
// error: E0382 at 9:13
