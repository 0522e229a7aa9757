// A struct field of tuple type coerces the tuple's elements: `(&s, 1)` into `(&'a str, i32)`.
struct Tagged<'a> {
    t: (&'a str, i32),
}

fn main() {
    let s = String::from("f");
    let p = Tagged { t: (&s, 1) };
    println!("{:?}", p.t);
}
// expect: ("f", 1)
