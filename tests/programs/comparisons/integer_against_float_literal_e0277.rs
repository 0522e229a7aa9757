// An `{integer}` not yet fixed meets a `{float}`: rustc finds no PartialEq impl between them (E0277 at the operator).
fn main() {
    let x = 1;
    println!("{}", x == 2.0);
}
// error: E0277 at 4:22
