// Multiplying an i128 local known to be i128::MIN + 1 by 2 is rustc's arithmetic_overflow lint.
fn main() {
    let c: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_727i128;
    let d: i128 = c * 2;
    println!("{}", d);
}
// error: lint arithmetic_overflow at 4:19
