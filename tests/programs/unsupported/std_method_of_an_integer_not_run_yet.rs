// A method std gives u32 that the engine does not run (`next_multiple_of`) is named as not supported, never rustc's E0599 for a method that does not exist.
fn main() {
    let n: u32 = 8;
    println!("{}", n.next_multiple_of(5));
}
// expect: 10
// unsupported: the method `next_multiple_of` of `u32`
