// Two associated constants of one name for a type, in two impl blocks, are E0592, reported at the first.
struct A;
impl A { const X: i32 = 1; }
impl A { const X: i32 = 2; }
fn main() { println!("{}", A::X); }
// error: E0592 at 3:10
