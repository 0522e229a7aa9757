// A type argument comes from a turbofish, from an argument, or from what the result is assigned to.
fn make_default<T: Default>() -> T {
    T::default()
}

fn identity<T>(x: T) -> T {
    x
}

fn main() {
    let a = make_default::<u8>();
    let b: String = make_default();
    let c = identity(2.5);
    let d = identity::<i64>(7);
    println!("{} [{}] {} {}", a, b, c, d);
}
// expect: 0 [] 2.5 7
