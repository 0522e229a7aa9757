// dbg!(&v) borrows instead of moving, so v can be used after it; Vec prints pretty, one element a line.
fn main() {
    let v = vec![10, 20];
    dbg!(&v);
    println!("{}", v.len());
}
// expect: 2
// stderr: [main.rs:4:5] &v = [
// stderr:     10,
// stderr:     20,
// stderr: ]
