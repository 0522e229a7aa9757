// With `+ Copy` in the bounds the hidden i32 is copied, so `a` stays usable.
fn five() -> impl std::fmt::Display + Copy {
    5
}

fn main() {
    let a = five();
    let b = a;
    let c = a;
    println!("{b} {c} {a}");
}
// expect: 5 5 5
