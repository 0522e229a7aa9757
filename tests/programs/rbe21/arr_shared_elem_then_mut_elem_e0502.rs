// A shared borrow of one array element, then a `&mut` of another: E0502 "cannot borrow `a[_]` as mutable" at the whole `&mut a[1]`, not at `a`.
fn main() {
    let mut a = [1, 2, 3];
    let first = &a[0];
    let second = &mut a[1];
    *second += *first;
    println!("{:?}", a);
}
// error: E0502 at 5:18
