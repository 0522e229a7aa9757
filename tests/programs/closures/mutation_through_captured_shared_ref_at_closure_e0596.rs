// Mutating through a captured `&` reference needs a unique borrow of `*r` the closure cannot take: E0596 at the closure itself.
fn main() {
    let v = vec![1];
    let r = &v;
    let mut c = || {
        let n = r.len();
        r.push(n as i32);
    };
    c();
}
// error: E0596 at 5:17
