// The `&mut` that get_or_insert_with hands back borrows the option: reading the option while it lives is E0502.
fn main() {
    let mut count: Option<i32> = None;
    let r = count.get_or_insert_with(|| 1);
    println!("{:?}", count);
    *r += 1;
}
// error: E0502 at 5:22
