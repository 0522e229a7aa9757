// assert_eq! is `match (&a, &b)`: `*r` borrowed first stays borrowed while `v[0]` is read, so a `&mut v` held by r is E0502 there.
fn head(v: &mut Vec<i32>) -> &i32 {
    &v[0]
}

fn main() {
    let mut v = vec![5, 6];
    let r = head(&mut v);
    assert_eq!(*r, v[0]);
}
// error: E0502 at 9:20
