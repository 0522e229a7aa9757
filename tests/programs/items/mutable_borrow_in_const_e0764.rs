// A constant cannot hold a `&mut`: every use would share one mutable place.
const COUNTER: &mut i32 = &mut 0;

fn main() {}
// error: E0764 at 2:27
