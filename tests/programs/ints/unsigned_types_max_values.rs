// Each unsigned type holds values from 0 up to 2^bits - 1.
fn main() {
    let a: u8 = 255;
    let b: u16 = 65535;
    let c: u32 = 4294967295;
    let d: u64 = 18446744073709551615;
    let e: u128 = 340282366920938463463374607431768211455;
    let f: usize = 18446744073709551615;
    println!("{}", a);
    println!("{}", b);
    println!("{}", c);
    println!("{}", d);
    println!("{}", e);
    println!("{}", f);
}
// expect: 255
// expect: 65535
// expect: 4294967295
// expect: 18446744073709551615
// expect: 340282366920938463463374607431768211455
// expect: 18446744073709551615
