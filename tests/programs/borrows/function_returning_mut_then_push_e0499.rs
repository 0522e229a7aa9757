// The `&mut i32` returned by a function keeps the Vec mutably borrowed, so pushing before its use is error E0499.
fn first_mut(v: &mut Vec<i32>) -> &mut i32 {
    &mut v[0]
}

fn main() {
    let mut v = vec![1, 2];
    let f = first_mut(&mut v);
    v.push(3);
    *f = 10;
    println!("{:?}", v);
}
// error: E0499 at 9:5
