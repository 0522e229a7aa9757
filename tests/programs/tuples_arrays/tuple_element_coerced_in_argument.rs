// A tuple passed to a `(&str, i32)` parameter coerces its `&String` element, as rustc's coercion sites do.
fn show(t: (&str, i32)) {
    println!("{} {}", t.0, t.1);
}

fn main() {
    let s = String::from("name");
    show((&s, 7));
}
// expect: name 7
