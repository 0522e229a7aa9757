// An associated function in the trait (no `self`) implemented as a method is rustc's E0185 at the impl's `self`.
trait Make {
    fn make() -> Self;
}
struct Token(u8);
impl Make for Token {
    fn make(&self) -> Self {
        Token(self.0)
    }
}
fn main() {
    let t = Token(1);
    println!("{}", t.make().0);
}
// error: E0185 at 7:5
