// A method's `&self` on a literal array is promoted too: `[1, 2, 3].iter()` may be returned as an iterator over `'static` items.
fn numbers() -> std::slice::Iter<'static, i32> {
    [1, 2, 3].iter()
}
fn main() {
    let tens: Vec<i32> = numbers().map(|x| x * 10).collect();
    println!("{:?}", tens);
}
// expect: [10, 20, 30]
