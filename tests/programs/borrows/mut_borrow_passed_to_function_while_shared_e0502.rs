// Passing `&mut v` to a function while a shared reference into `v` is still used is error E0502.
fn add_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = vec![7, 8];
    let first = &v[0];
    add_one(&mut v);
    println!("{}", first);
}
// error: E0502 at 9:13
