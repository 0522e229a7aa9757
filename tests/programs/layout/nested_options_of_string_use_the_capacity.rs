// Each Option around a String or Vec takes one more of the capacity's spare values, so nesting them costs nothing.
use std::mem::size_of;

fn main() {
    println!("{}", size_of::<Option<String>>());
    println!("{}", size_of::<Option<Option<String>>>());
    println!("{}", size_of::<Option<Option<Option<Vec<u8>>>>>());
    println!("{}", size_of::<Option<(String, u8)>>());
    println!("{}", size_of::<Option<(u8, Vec<u64>)>>());
    println!("{}", size_of::<Option<[String; 2]>>());
}
// expect: 24
// expect: 24
// expect: 24
// expect: 32
// expect: 32
// expect: 48
