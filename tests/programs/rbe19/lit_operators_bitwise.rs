// Literals and operators: suffixed literals, integer and float arithmetic, boolean logic, bitwise and shifts, underscores.
fn main() {
    println!("1 + 2 = {}", 1u32 + 2);
    println!("1 - 2 = {}", 1i32 - 2);
    println!("1e4 is {}, -2.5e-3 is {}", 1e4, -2.5e-3);
    println!("true AND false is {}", true && false);
    println!("true OR false is {}", true || false);
    println!("NOT true is {}", !true);
    println!("0011 AND 0101 is {:04b}", 0b0011u32 & 0b0101);
    println!("0011 OR 0101 is {:04b}", 0b0011u32 | 0b0101);
    println!("0011 XOR 0101 is {:04b}", 0b0011u32 ^ 0b0101);
    println!("1 << 5 is {}", 1u32 << 5);
    println!("0x80 >> 2 is 0x{:x}", 0x80u32 >> 2);
    println!("One million is written as {}", 1_000_000u32);
    println!("{}", 0.1 + 0.2);
    println!("{}", 7 / 2);
    println!("{}", -7 / 2);
    println!("{}", -7 % 3);
    println!("{}", 7.0 / 2.0);
}
// expect: 1 + 2 = 3
// expect: 1 - 2 = -1
// expect: 1e4 is 10000, -2.5e-3 is -0.0025
// expect: true AND false is false
// expect: true OR false is true
// expect: NOT true is false
// expect: 0011 AND 0101 is 0001
// expect: 0011 OR 0101 is 0111
// expect: 0011 XOR 0101 is 0110
// expect: 1 << 5 is 32
// expect: 0x80 >> 2 is 0x20
// expect: One million is written as 1000000
// expect: 0.30000000000000004
// expect: 3
// expect: -3
// expect: -1
// expect: 3.5
