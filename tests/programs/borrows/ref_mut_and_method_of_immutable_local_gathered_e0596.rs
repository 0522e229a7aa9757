// A `&mut v` and a method's `&mut self` of one immutable local are gathered into one E0596 at its binding, which comes before the E0499 they also make.
fn main() {
    let v = vec![1];
    let r = &mut v;
    v.push(2);
    r.push(3);
}
// error: E0596 at 3:9
