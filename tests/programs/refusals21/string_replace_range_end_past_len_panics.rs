// A replace_range whose end is past the text panics inside core's slice::range, as std checks the range before anything changes.
fn main() {
    let mut s = String::from("short");
    let end = s.len() + 2;
    s.replace_range(1..end, "x");
    println!("{}", s);
}
// panic: range end index 7 out of range for slice of length 5
// panic-at: library/core/src/slice/index.rs:1020:51
