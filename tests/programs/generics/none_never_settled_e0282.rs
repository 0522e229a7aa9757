// `let x = None;` with nothing naming the payload's type is E0282 at the binding, even when a later local is unknown too.
fn main() {
    let x = None;
    let f = |y| y;
    println!("{}", x.is_some());
}
// error: E0282 at 3:9
