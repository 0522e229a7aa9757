// With PartialOrd but not Copy, `list[0]` would move a T out of a slice: E0508.
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    println!("{}", largest(&[1, 2, 3]));
}
// error: E0508 at 3:23
