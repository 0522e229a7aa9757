// `x.drop()` is not allowed: Rust calls the destructor itself (use `drop(x)`): E0040.
struct Token;

impl Drop for Token {
    fn drop(&mut self) {}
}

fn main() {
    let mut t = Token;
    t.drop();
}
// error: E0040 at 10:7
