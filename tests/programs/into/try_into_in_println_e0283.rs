// try_into whose target no binding holds (straight into println!): E0283 at `try_into` itself.
fn main() {
    let n: i32 = 5;
    println!("{}", n.try_into().unwrap());
}
// error: E0283 at 4:22
