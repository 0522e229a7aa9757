// `double::<i32>` names one instance of a generic function; `map` calls it on each copied item.
fn double<T: std::ops::Add<Output = T> + Copy>(x: T) -> T {
    x + x
}

fn main() {
    let v = vec![1, 2, 3];
    let o: Vec<i32> = v.iter().copied().map(double::<i32>).collect();
    let f = double::<f64>;
    println!("{:?} {}", o, f(1.25));
}
// expect: [2, 4, 6] 2.5
