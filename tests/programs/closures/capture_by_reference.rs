// A closure that only reads a variable captures a reference to it: the variable stays usable, and the closure is a pointer wide.
fn main() {
    let v = vec![1, 2, 3];
    let total = || v.iter().sum::<i32>();
    println!("{} {}", total(), v.len());
    println!("{}", std::mem::size_of_val(&total));
}
// expect: 6 3
// expect: 8
