// An iterator adapter the engine does not run yet (`peekable`) is named as not supported, never an error in the program.
fn main() {
    let v = vec![1, 1, 2];
    let mut it = v.iter().peekable();
    let mut runs = 0;
    while let Some(x) = it.next() {
        if it.peek() != Some(&x) {
            runs += 1;
        }
    }
    println!("{}", runs);
}
// expect: 2
// unsupported: the method `peekable`
