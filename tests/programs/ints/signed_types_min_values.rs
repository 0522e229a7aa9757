// Each signed type holds values from -2^(bits-1) up to 2^(bits-1) - 1.
fn main() {
    let a: i8 = -128;
    let b: i16 = -32768;
    let c: i32 = -2147483648;
    let d: i64 = -9223372036854775808;
    let e: i128 = -170141183460469231731687303715884105728;
    let f: isize = -9223372036854775808;
    println!("{} {}", a, 127i8);
    println!("{} {}", b, 32767i16);
    println!("{} {}", c, 2147483647);
    println!("{}", d);
    println!("{}", e);
    println!("{}", f);
}
// expect: -128 127
// expect: -32768 32767
// expect: -2147483648 2147483647
// expect: -9223372036854775808
// expect: -170141183460469231731687303715884105728
// expect: -9223372036854775808
