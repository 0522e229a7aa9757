// A try_into Result kept in an untyped let (its Ok type never named): E0283 at that let, not at an earlier one that a later let types.
fn main() {
    let r = 300i32.try_into();
    let v: Result<u8, _> = r;
    println!("{:?}", v);
    let big: i64 = 7;
    let small = big.try_into();
    println!("{:?}", small.is_ok());
}
// error: E0283 at 7:9
// headline: differs: rustc names the let's type with its unknowns (`Result<_, _>`): the Ok type and the error type it projects from it
