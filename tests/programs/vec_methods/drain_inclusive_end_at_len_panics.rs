// An inclusive drain end equal to the length (`..=len`) is out of range, reported with the end as written.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let n = v.len();
    v.drain(..=n);
    println!("{:?}", v);
}
// panic: range end index 2 out of range for slice of length 2
// panic-at: library/core/src/slice/index.rs:1016:52
