// A `Box<[i32]>` (a boxed slice: a fat pointer {ptr, len} to exactly the elements) is outside the subset: the engine says so at the type, not with a mismatched-types error.
fn main() {
    let c: Box<[i32]> = Box::new([4, 5]);
    println!("{:?} {}", c, c.len());
}
// expect: [4, 5] 2
// unsupported: `Box<[i32]>` (a pointer to a slice) is not supported yet at 3:12
