// Drop is for the learner's own structs and enums, not for references: E0120.
struct Token;

impl Drop for &Token {
    fn drop(&mut self) {}
}

fn main() {}
// error: E0120 at 4:15
