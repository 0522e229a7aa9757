// `assert!` with a true condition does nothing and the program continues.
fn main() {
    let x = 10;
    assert!(x > 5);
    assert!(x % 2 == 0, "x should be even");
    println!("all good");
}
// expect: all good
