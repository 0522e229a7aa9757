// `let whole @ (a, _) = r;` with `r` a reference binds the reference and, through it, a reference to the first element.
fn main() {
    let p = (1, 2);
    let r = &p;
    let whole @ (a, _) = r;
    println!("{:?} {}", whole, a);
}
// expect: (1, 2) 1
