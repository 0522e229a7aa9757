// Formatted print: positional and named arguments, width and fill from variables, binary, exponent and padding.
fn main() {
    println!("{0}, this is {1}. {1}, this is {0}", "Alice", "Bob");
    println!("{subject} {verb} {object}", object = "the lazy dog", subject = "the quick brown fox", verb = "jumps over");
    println!("Base 10: {}", 69420);
    println!("Base 2 (binary): {:b}", 69420);
    println!("Base 8 (octal): {:o}", 69420);
    println!("Base 16 (hexadecimal): {:x}", 69420);
    println!("{number:>5}", number = 1);
    println!("{number:0>5}", number = 1);
    println!("{number:0<5}", number = 1);
    let width = 5;
    println!("{number:>width$}", number = 1);
    println!("{:>1$}|", 7, 4);
    let pi = 3.141592;
    println!("Pi is roughly {:.3}", pi);
    println!("{:e} {:E}", 1234.5, 0.00012);
    println!("{:+} {:+.1}", 5, -2.25);
    println!("{:#x} {:#b} {:#o}", 255, 5, 8);
    println!("{:^9}|{:-^9}|", "mid", "x");
}
// expect: Alice, this is Bob. Bob, this is Alice
// expect: the quick brown fox jumps over the lazy dog
// expect: Base 10: 69420
// expect: Base 2 (binary): 10000111100101100
// expect: Base 8 (octal): 207454
// expect: Base 16 (hexadecimal): 10f2c
// expect:     1
// expect: 00001
// expect: 10000
// expect:     1
// expect:    7|
// expect: Pi is roughly 3.142
// expect: 1.2345e3 1.2E-4
// expect: +5 -2.2
// expect: 0xff 0b101 0o10
// expect:    mid   |----x----|
