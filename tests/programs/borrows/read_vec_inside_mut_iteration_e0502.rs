// Reading the Vec's length inside `for x in &mut v` is error E0502: the loop holds `v` mutably.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x += v.len() as i32;
    }
    println!("{:?}", v);
}
// error: E0502 at 5:15
