// `&1 == 1` was E0308: a reference has no PartialEq with a plain value, which rustc reports as E0277 at the operator.
fn main() {
    let n = 1;
    let r = &n;
    println!("{}", r == 1);
}
// error: E0277 at 5:22
