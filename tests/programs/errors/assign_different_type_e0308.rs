// Assignment cannot change a variable's type (shadowing with `let` can).
fn main() {
    let mut x = 5;
    x = "five";
    println!("{}", x);
}
// error: E0308 at 4:9
