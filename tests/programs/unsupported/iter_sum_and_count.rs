// Closures are outside the subset: rustc runs this, stack-heap says closures are not supported yet.
fn main() {
    let v = vec![1, 2, 3, 4];
    let total: i32 = v.iter().sum();
    let big = v.iter().filter(|x| **x > 2).count();
    println!("{} {}", total, big);
}
// expect: 10 2
// unsupported: closures
