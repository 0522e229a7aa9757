// A returned tuple's elements are coerced to the result type's: `(s, 1)` with `s: &String` returns `(&str, i32)`.
fn tagged(s: &String) -> (&str, i32) {
    (s, 1)
}

fn main() {
    let s = String::from("x");
    println!("{:?}", tagged(&s));
}
// expect: ("x", 1)
