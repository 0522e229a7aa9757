// Slicing past the end of a Vec panics with the range end and the length.
fn main() {
    let v = vec![1, 2, 3];
    let end = v.len() + 2;
    println!("{:?}", &v[1..end]);
}
// panic: range end index 5 out of range for slice of length 3
// panic-at: 5:24
