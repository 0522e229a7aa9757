// A formatting macro borrows each argument until it formats, so a later argument that pops the same Vec is error E0502 (was accepted, printing the Vec after the pop).
fn main() {
    let mut v: Vec<i32> = vec![1, 2];
    println!("{:?} {:?}", v, v.pop());
}
// error: E0502 at 4:30
