// An operator on the result of an untyped `into` cannot pick its impl either: E0283 at the `let`'s pattern.
fn main() {
    let x: u8 = 5;
    let n = x.into();
    println!("{}", n + 1);
}
// error: E0283 at 4:9
