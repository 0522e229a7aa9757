// A closure with a declared result type coerces its block body at the tail, so a value of another type is E0308 at that value, not at the block's `{` (difftest mismatched-types mutant).
fn main() {
    let f = |x: i32| -> u8 { x };
    println!("{}", f(1));
}
// error: E0308 at 3:30
