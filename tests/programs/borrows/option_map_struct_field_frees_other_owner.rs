// Option::map returning one field of a two-lifetime struct holds only that field's borrow, so the other owner may be moved.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

fn main() {
    let s = String::from("kept");
    let t = String::from("moved");
    let w = Some(W { a: &s, b: &t });
    let first = w.map(|w| w.a);
    let t2 = t;
    println!("{:?} {t2}", first);
}
// expect: Some("kept") moved
