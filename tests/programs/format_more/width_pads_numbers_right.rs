// `{:5}` pads a number to width 5, right-aligned by default.
fn main() {
    println!("[{:5}]", 42);
    println!("[{:5}]", -7);
    println!("[{:2}]", 12345);
}
// expect: [   42]
// expect: [   -7]
// expect: [12345]
