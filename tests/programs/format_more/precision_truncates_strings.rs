// For strings, precision is a maximum length: `{:.3}` keeps the first three characters.
fn main() {
    println!("{:.3}", "abcdef");
    println!("[{:5.2}]", "xyz");
}
// expect: abc
// expect: [xy   ]
