// Cloning a Box allocates a second box with a copy of the value.
fn main() {
    let a = Box::new(7u64);
    let mut b = a.clone();
    *b += 1;
    println!("{} {}", a, b);
}
// expect: 7 8
