// `&v[0].x` held while the Vec is pushed to: the borrow is Index::index's `&v`, at `v`; the push is E0502.
struct P {
    x: i32,
}
fn main() {
    let mut v = vec![P { x: 1 }];
    let r = &v[0].x;
    v.push(P { x: 2 });
    println!("{}", r);
}
// error: E0502 at 8:5
