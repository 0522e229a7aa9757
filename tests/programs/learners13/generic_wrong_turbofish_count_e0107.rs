// Giving two type arguments to a function with one type parameter is E0107.
fn id<T>(x: T) -> T {
    x
}

fn main() {
    println!("{}", id::<i32, i32>(5));
}
// error: E0107 at 7:20
