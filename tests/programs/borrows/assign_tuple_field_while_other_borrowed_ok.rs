// Tuple fields are borrowed separately: changing `.1` while `.0` is borrowed is accepted.
fn main() {
    let mut t = (1, 2);
    let r = &t.0;
    t.1 = 20;
    println!("{} {}", r, t.1);
}
// expect: 1 20
