// dbg! output comes before a panic's message on stderr, in the order it was written.
fn main() {
    let v: Vec<i32> = Vec::new();
    let i = dbg!(v.len() + 2);
    println!("{}", v[i]);
}
// stderr: [main.rs:4:13] v.len() + 2 = 2
// panic: index out of bounds: the len is 0 but the index is 2
// panic-at: 5:21
