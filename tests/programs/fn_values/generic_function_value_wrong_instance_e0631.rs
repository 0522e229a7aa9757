// `double::<i32>` takes an `i32`, and `iter()` passes `&i32`: E0631 at the function's path.
fn double<T: std::ops::Add<Output = T> + Copy>(x: T) -> T {
    x + x
}

fn main() {
    let v = vec![1, 2, 3];
    let o: Vec<i32> = v.iter().map(double::<i32>).collect();
    println!("{:?}", o);
}
// error: E0631 at 8:36
