// `num_sq(&mut n)` of a plain u32 with `T: AsMut<u32>`: u32 has no AsMut<u32>, E0277 at the argument.
fn num_sq<T: AsMut<u32>>(arg: &mut T) {
    let n = arg.as_mut();
    *n = *n * *n;
}
fn main() {
    let mut n = 3u32;
    num_sq(&mut n);
    println!("{}", n);
}
// error: E0277 at 8:12
