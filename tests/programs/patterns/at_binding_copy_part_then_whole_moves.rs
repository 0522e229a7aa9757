// rustc binds the parts after `@` before the whole: a Copy part read from a value the whole then moves is fine.
fn main() {
    let p = (String::from("s"), 2);
    let whole @ (_, b) = p;
    println!("{:?} {}", whole, b);
}
// expect: ("s", 2) 2
