// Rust-by-Example-style: width and fill from arguments and names (`{:>width$}`, `{number:0>5}`, `{:<1$}`).
fn main() {
    println!("{0}, this is {1}. {1}, this is {0}", "Alice", "Bob");
    println!("{subject} {verb} {object}", object = "the lazy dog", subject = "the quick brown fox", verb = "jumps over");
    println!("Base 10: {}", 69420);
    println!("Base 2 (binary): {:b}", 69420);
    println!("Base 8 (octal): {:o}", 69420);
    println!("Base 16 (hexadecimal): {:x}", 69420);
    println!("[{number:>5}]", number = 1);
    println!("[{number:0>5}]", number = 1);
    println!("[{number:0<5}]", number = 1);
    println!("[{number:0>width$}]", number = 1, width = 5);
    let number: f64 = 1.0;
    let width: usize = 5;
    println!("[{number:>width$}]");
    println!("[{:<1$}]", "ab", 6);
    let pi = 3.141592;
    println!("Pi is roughly {:.3}", pi);
}
// expect: Alice, this is Bob. Bob, this is Alice
// expect: the quick brown fox jumps over the lazy dog
// expect: Base 10: 69420
// expect: Base 2 (binary): 10000111100101100
// expect: Base 8 (octal): 207454
// expect: Base 16 (hexadecimal): 10f2c
// expect: [    1]
// expect: [00001]
// expect: [10000]
// expect: [00001]
// expect: [    1]
// expect: [ab    ]
// expect: Pi is roughly 3.142
