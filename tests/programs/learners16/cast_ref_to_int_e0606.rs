// Casting a reference to an integer (`&n as i64`, the `*` forgotten): E0606.
fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    let wide = first as i64;
    println!("{}", wide);
}
// error: E0606 at 5:16
