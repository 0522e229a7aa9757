// Naive recursive Fibonacci: each call makes two more calls until it reaches 0 or 1.
fn fib(n: u32) -> u32 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    let mut i = 0;
    while i <= 10 {
        if i > 0 {
            print!(" ");
        }
        print!("{}", fib(i));
        i += 1;
    }
    println!();
    println!("fib(20) = {}", fib(20));
}
// expect: 0 1 1 2 3 5 8 13 21 34 55
// expect: fib(20) = 6765
