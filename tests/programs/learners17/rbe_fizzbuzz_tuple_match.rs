// Rust-by-Example-style: FizzBuzz with a function per number and a match on the pair of remainders.
fn fizzbuzz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "fizzbuzz".to_string(),
        (0, _) => "fizz".to_string(),
        (_, 0) => "buzz".to_string(),
        _ => n.to_string(),
    }
}

fn fizzbuzz_to(n: u32) {
    for n in 1..=n {
        print!("{} ", fizzbuzz(n));
    }
    println!();
}

fn main() {
    fizzbuzz_to(16);
    let v: Vec<String> = (10..16).map(fizzbuzz).collect();
    println!("{}", v.join(","));
}
// expect: 1 2 fizz 4 buzz fizz 7 8 fizz buzz 11 fizz 13 14 fizzbuzz 16 
// expect: buzz,11,fizz,13,14,fizzbuzz
