// Adding two values of an unbounded T is E0369.
fn sum_two<T>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{}", sum_two(1, 2));
}
// error: E0369 at 3:7
