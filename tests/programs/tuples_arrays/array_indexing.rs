// An array `[T; N]` has a fixed length; elements are read by index.
fn main() {
    let a = [1, 2, 3, 4, 5];
    let first = a[0];
    let second = a[1];
    println!("{} {} len {}", first, second, a.len());
    let months = ["January", "February", "March"];
    println!("{}", months[2]);
}
// expect: 1 2 len 5
// expect: March
