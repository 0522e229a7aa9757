// With the index computed first (`let n = v.len();`) `&mut v[n - 1]` runs; an array's and a slice's own index may read them.
fn swap_ends(xs: &mut [i32]) {
    let n = xs.len();
    xs.swap(0, n - 1);
}

fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len();
    let last = &mut v[n - 1];
    *last += 10;
    swap_ends(&mut v[n - 2..]);
    let mut a = [1, 2, 3];
    let x = &mut a[a.len() - 1];
    *x += 1;
    let s: &mut [i32] = &mut a;
    let y = &mut s[s.len() - 1];
    *y += 1;
    println!("{:?} {:?}", v, a);
}
// expect: [1, 13, 2] [1, 2, 5]
