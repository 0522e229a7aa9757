// The book's largest<T> without a PartialOrd bound: comparing two &T is E0369.
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
    println!("{}", largest(&[1, 2]));
}
// error: E0369 at 5:17
