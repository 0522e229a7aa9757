// Two type parameters of one item cannot share a name: E0403.
fn pair<T, T>(a: T, b: T) -> (T, T) {
    (a, b)
}

fn main() {
    println!("{:?}", pair(1, 2));
}
// error: E0403 at 2:12
