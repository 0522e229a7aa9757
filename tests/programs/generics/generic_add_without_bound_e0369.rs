// Adding two values of an unbounded T is E0369 at the operator; the Add bound is missing.
fn sum_pair<T>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{}", sum_pair(1, 2));
}
// error: E0369 at 3:7
