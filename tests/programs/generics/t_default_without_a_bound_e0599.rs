// `T::default()` in a generic fn whose T has no bound giving `default` is E0599 at `default` (it was E0433 "cannot find type `T`").
fn make<T>() -> T {
    T::default()
}

fn main() {
    let x: i32 = make();
    println!("{}", x);
}
// error: E0599 at 3:8
