// `next` on a kept Map needs a `mut` binding: without one it is error E0596.
fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter().map(|x| x + 1);
    println!("{:?}", it.next());
}
// error: E0596 at 5:22
