// `resize` needs Clone elements: on a Vec of a type without it rustc finds no usable method (E0599).
struct Token;

fn main() {
    let mut v = vec![Token];
    v.resize(3, Token);
    println!("{}", v.len());
}
// error: E0599 at 6:7
