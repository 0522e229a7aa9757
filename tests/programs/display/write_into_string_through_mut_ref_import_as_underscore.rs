// `use std::fmt::Write as _;` inside main brings the trait in unnamed; writeln! through a `&mut String` variable, also with no format at all.
fn main() {
    use std::fmt::Write as _;
    let mut s = String::new();
    let t = &mut s;
    writeln!(t, "{:?}", vec![1, 2]).unwrap();
    writeln!(t).unwrap();
    write!(t, "x").unwrap();
    println!("{}", s);
}
// expect: [1, 2]
// expect:
// expect: x
