// `panic!("crash and burn")` stops the program with that message and exit code 101.
fn main() {
    println!("before");
    panic!("crash and burn");
}
// expect: before
// panic: crash and burn
// panic-at: 4:5
