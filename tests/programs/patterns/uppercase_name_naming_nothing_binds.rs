// An uppercase name in a pattern that names no constant, unit struct or variant is a binding, as in rustc (which only warns about its case).
fn main() {
    let x = 3;
    match x {
        N => println!("{}", N),
    }
}
// expect: 3
