// `v.extend(v)` moves v into the argument while extend has already reserved its `&mut v`: E0505.
fn main() {
    let mut v = vec![1, 2];
    v.extend(v);
}
// error: E0505 at 4:14
