// Known bit operations whose results stay in range are no lint: xor, a right shift of a u16 and an and-mask, then arithmetic on them.
fn main() {
    let a: u8 = 0xF0 ^ 0x0F;
    let b: u8 = a / 3;
    let k: u16 = 40000 >> 2;
    let m: u16 = k * 6;
    let w: u128 = (u128::MAX >> 1) & 0xFF;
    let x: u128 = w * 3;
    let y: i64 = -1 << 62;
    let z: i64 = y + 5;
    println!("{} {} {} {} {}", b, m, x, y, z);
}
// expect: 85 60000 765 -4611686018427387904 -4611686018427387899
