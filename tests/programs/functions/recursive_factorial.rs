// A recursive function computes n! by calling itself with n - 1.
fn factorial(n: u64) -> u64 {
    if n == 0 {
        1
    } else {
        n * factorial(n - 1)
    }
}

fn main() {
    for n in 0..6 {
        println!("{}! = {}", n, factorial(n));
    }
    println!("20! = {}", factorial(20));
}
// expect: 0! = 1
// expect: 1! = 1
// expect: 2! = 2
// expect: 3! = 6
// expect: 4! = 24
// expect: 5! = 120
// expect: 20! = 2432902008176640000
