// A first arm that is a block is coerced through its tail: the error points at the tail's value inside the block.
fn f(n: i32) -> f64 {
    match n {
        0 => {
            let half = n / 2;
            half
        }
        _ => 1.5,
    }
}
fn main() {
    println!("{}", f(3));
}
// error: E0308 at 6:13
