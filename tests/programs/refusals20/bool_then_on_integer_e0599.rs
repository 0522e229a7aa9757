// then is bool's: calling it on an integer is E0599 (no method named `then` found for type `i32`).
fn main() {
    let count: i32 = 3;
    let x = count.then(|| "some");
    println!("{:?}", x);
}
// error: E0599 at 4:19
