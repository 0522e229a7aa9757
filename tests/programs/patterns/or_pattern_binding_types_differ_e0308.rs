// A name bound in two alternatives is one variable with one type: `(x, _) | (_, x)` over `(i32, char)` is E0308 at the second `x`.
fn main() {
    let t = (1, 'c');
    match t {
        (x, _) | (_, x) => println!("{}", x),
    }
}
// error: E0308 at 5:22
