// Without a Copy bound, taking list[0] out of a slice of T is E0508.
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0];
    for item in list {
        if *item > largest {
            largest = *item;
        }
    }
    largest
}

fn main() {
    println!("{}", largest(&[1, 2]));
}
// error: E0508 at 3:23
