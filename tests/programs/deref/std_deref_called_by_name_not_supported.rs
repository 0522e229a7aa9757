// `b.deref()` on a Box, with std's Deref imported, is std's impl called by name: "not supported yet", never a missing method.
use std::ops::Deref;

fn main() {
    let b = Box::new(7);
    let n: &i32 = b.deref();
    println!("{}", n);
}
// expect: 7
// unsupported: calling `deref` by name on `Box<
