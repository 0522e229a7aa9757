// A std method taking a closure that the engine does not run yet (`filter`) is named as not supported, never an error in the program.
fn main() {
    let v = vec![1, 2, 3, 4];
    let total: i32 = v.iter().sum();
    let big = v.iter().filter(|x| **x > 2).count();
    println!("{} {}", total, big);
}
// expect: 10 2
// unsupported: the method `filter`
