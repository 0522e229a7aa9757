// Without a PartialOrd bound, `>` on a `&T` is rejected where the generic body is checked, before any call.
fn largest<T>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let v = vec![1, 2];
    println!("{}", largest(&v));
}
// error: E0369 at 5:17
