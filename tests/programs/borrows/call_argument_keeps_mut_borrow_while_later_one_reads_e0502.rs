// An argument holding the `&i32` a `&mut v` call returned keeps v mutably borrowed until the call, so a later argument reading v is E0502.
fn largest(v: &mut Vec<i32>) -> &i32 {
    v.sort();
    v.last().unwrap()
}

fn show(x: &i32, count: usize) {
    println!("{} of {}", x, count);
}

fn main() {
    let mut v = vec![3, 9, 4];
    let big = largest(&mut v);
    show(big, v.len());
}
// error: E0502 at 14:15
