// Calling next on an iterator bound without mut is E0596.
fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    println!("{:?}", it.next());
}
// error: E0596 at 5:22
