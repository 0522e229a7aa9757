// A Copy type cannot have a destructor: E0184 at the type's name.
#[derive(Clone, Copy)]
struct Token;

impl Drop for Token {
    fn drop(&mut self) {}
}

fn main() {}
// error: E0184 at 3:8
