// Assigning to a field that a pattern moved out (`p.0 = ...`) makes `p` whole again: the new String is dropped with `p`, the old one with `x`.
fn main() {
    let mut p = (String::from("old"), String::from("kept"));
    let (x, _) = p;
    p.0 = String::from("new");
    println!("{:?} {}", p, x);
}
// expect: ("new", "kept") old
