// A `move` closure owns its copy of `r`, so a `&mut` use of `*r` is reported in its body, at the use.
fn main() {
    let v = vec![1];
    let r = &v;
    let mut c = move || r.push(2);
    c();
}
// error: E0596 at 5:25
