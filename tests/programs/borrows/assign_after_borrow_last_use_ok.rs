// Assigning to a variable after the reference to it was last used is accepted.
fn main() {
    let mut x = 1;
    let r = &x;
    println!("{r}");
    x = 5;
    println!("{x}");
}
// expect: 1
// expect: 5
