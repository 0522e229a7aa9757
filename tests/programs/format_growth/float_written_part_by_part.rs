// A float is written as its sign and parts (digits, point, digits, zeros); to_string and format! grow by them.
let a = format!("{}", 1234567.125);
println!("{} {}", a, a.capacity());
let b = (-1234567.125f64).to_string();
println!("{} {}", b, b.capacity());
let c = format!("ab{:.9}", 1.5);
println!("{} {}", c, c.capacity());
// expect: 1234567.125 16
// expect: -1234567.125 16
// expect: ab1.500000000 13
