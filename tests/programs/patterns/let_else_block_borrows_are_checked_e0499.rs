// The `else` block of a `let … else` is borrow-checked like any block: two live `&mut v` in it are E0499.
fn main() {
    let mut v = vec![1];
    let opt: Option<i32> = None;
    let Some(x) = opt else {
        let a = &mut v;
        let b = &mut v;
        a.push(1);
        b.push(2);
        return;
    };
    println!("{:?} {}", v, x);
}
// error: E0499 at 7:17
