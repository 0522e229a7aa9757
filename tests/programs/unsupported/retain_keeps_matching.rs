// A std method taking a closure that the engine does not run yet (`retain`) is named as not supported, never an error in the program.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    v.retain(|x| x % 2 == 0);
    println!("{:?}", v);
}
// expect: [2, 4, 6]
// unsupported: the method `retain`
