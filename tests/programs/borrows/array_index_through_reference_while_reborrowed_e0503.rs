// Reading `r[0]` of an array through `r` uses the place r points at, which a live `&mut *r` holds: E0503.
fn main() {
    let mut v = [1, 2, 3];
    let r = &mut v;
    let a = &mut *r;
    let x = r[0];
    a[1] = x;
}
// error: E0503 at 6:13
