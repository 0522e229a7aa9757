// push on a Vec bound without mut: E0596 cannot borrow as mutable.
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
// error: E0596 at 4:5
