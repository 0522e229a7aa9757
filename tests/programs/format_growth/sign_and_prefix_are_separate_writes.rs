// Regression (difftest): an integer's sign, its `0b` prefix, each zero of its padding and its digits are separate writes, which decides how format! grows.
let a = format!("{:#b}", -19i32);
println!("{} {}", a, a.capacity());
let b = format!("{:#010b}", 5);
println!("{} {}", b, b.capacity());
let c = format!("{:+}", 5);
println!("{} {}", c, c.capacity());
// expect: 0b11111111111111111111111111101101 34
// expect: 0b00000101 16
// expect: +5 8
