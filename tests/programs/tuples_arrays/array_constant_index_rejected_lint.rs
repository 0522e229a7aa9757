// Indexing an array with a constant past its end is rejected at compile time by the unconditional_panic lint.
fn main() {
    let a = [1, 2, 3];
    let x = a[5];
    println!("{}", x);
}
// error: lint unconditional_panic at 4:13
