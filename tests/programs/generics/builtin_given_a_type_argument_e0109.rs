// A builtin type takes no type arguments: `u32<u8>` is E0109 at the argument.
fn main() {
    let n: u32<u8> = 5;
    println!("{}", n);
}
// error: E0109 at 3:16
