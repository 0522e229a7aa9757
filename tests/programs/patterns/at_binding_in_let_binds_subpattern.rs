// `let whole @ (a, b) = p;` binds the whole tuple and each of its parts, as a `match` arm does.
fn main() {
    let p = (1, 2);
    let whole @ (a, b) = p;
    println!("{:?} {} {}", whole, a, b);
}
// expect: (1, 2) 1 2
