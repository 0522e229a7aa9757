// Using the original `&mut` while a reborrow of it is still live is error E0503.
fn main() {
    let mut n = 1;
    let r = &mut n;
    let r2 = &mut *r;
    *r += 100;
    *r2 += 10;
    println!("{}", n);
}
// error: E0503 at 6:5
