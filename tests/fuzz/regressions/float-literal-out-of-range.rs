// Finding the largest element of an array with a loop over references.
fn largest(list: &[i32]) -> i32 {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let numbers = [97, 50, 25, 101e308];
    println!("The largest number is {}", largest(&numbers));
}
// expect: The largest 