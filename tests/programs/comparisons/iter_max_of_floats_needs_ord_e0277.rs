// `max` of an iterator needs Ord: over floats it is E0277 at the method name.
fn main() {
    let v = vec![2.5, 0.5];
    let m = v.iter().max();
    println!("{:?}", m);
}
// error: E0277 at 4:22
