// Rustlings-style: factorial without loops or recursion, by product and by fold.
fn factorial(num: u64) -> u64 {
    (1..=num).product()
}

fn factorial_fold(num: u64) -> u64 {
    (1..=num).fold(1, |acc, x| acc * x)
}

fn main() {
    for n in [0, 1, 2, 4, 10, 20] {
        println!("{}! = {} = {}", n, factorial(n), factorial_fold(n));
    }
}
// expect: 0! = 1 = 1
// expect: 1! = 1 = 1
// expect: 2! = 2 = 2
// expect: 4! = 24 = 24
// expect: 10! = 3628800 = 3628800
// expect: 20! = 2432902008176640000 = 2432902008176640000
