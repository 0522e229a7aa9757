// `i32::abs` named as a value takes the copied items by value.
fn main() {
    let v = vec![-1, 2, -3];
    let o: Vec<i32> = v.iter().copied().map(i32::abs).collect();
    println!("{:?}", o);
}
// expect: [1, 2, 3]
