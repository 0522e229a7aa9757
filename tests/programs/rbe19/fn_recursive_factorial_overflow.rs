// A recursive factorial in u32 overflows at 13! and panics with "attempt to multiply with overflow".
fn factorial(n: u32) -> u32 {
    if n == 0 { 1 } else { n * factorial(n - 1) }
}

fn main() {
    for n in [0, 5, 12] {
        println!("{}! = {}", n, factorial(n));
    }
    println!("13! = {}", factorial(13));
}
// expect: 0! = 1
// expect: 5! = 120
// expect: 12! = 479001600
// panic: attempt to multiply with overflow
// panic-at: 3:28
