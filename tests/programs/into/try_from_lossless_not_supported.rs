// `u16::try_from(5u8)` cannot fail (std's blanket TryFrom over From, error Infallible): not supported yet, said at the call.
fn main() {
    println!("{:?}", u16::try_from(5u8));
}
// expect: Ok(5)
// unsupported: cannot fail
