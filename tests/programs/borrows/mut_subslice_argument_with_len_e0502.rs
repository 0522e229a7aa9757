// Passing `&mut v[v.len().min(1)..]` is error E0502: the range is computed after IndexMut has borrowed v.
fn swap_ends(xs: &mut [i32]) {
    let n = xs.len();
    if n > 1 {
        xs.swap(0, n - 1);
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    swap_ends(&mut v[v.len().min(1)..]);
    println!("{:?}", v);
}
// error: E0502 at 11:22
