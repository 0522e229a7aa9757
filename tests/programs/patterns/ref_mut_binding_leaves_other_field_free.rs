// A `ref mut` binding in a match arm borrows only its own field: the arm may change the other field through the tuple at the same time.
fn main() {
    let mut p = (String::from("a"), String::from("b"));
    match p {
        (ref mut first, _) => {
            p.1.push_str("z");
            first.push_str("w");
        }
    }
    println!("{:?}", p);
}
// expect: ("aw", "bz")
