// iter::repeat of a type without Clone is E0277 at the argument.
struct Token;

fn main() {
    let v: Vec<Token> = std::iter::repeat(Token).take(2).collect();
    println!("{}", v.len());
}
// error: E0277 at 5:43
