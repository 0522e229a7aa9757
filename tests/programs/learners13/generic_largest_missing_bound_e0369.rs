// The book's first largest<T> without a bound: `>` on T is E0369.
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
    let v = vec![1, 2, 3];
    println!("{}", largest(&v));
}
// error: E0369 at 5:17
