// Functions calling functions: is_divisible_by with an early return, fizzbuzz_to over a range.
fn is_divisible_by(lhs: u32, rhs: u32) -> bool {
    if rhs == 0 {
        return false;
    }
    lhs % rhs == 0
}

fn fizzbuzz(n: u32) -> () {
    if is_divisible_by(n, 15) {
        println!("fizzbuzz");
    } else if is_divisible_by(n, 3) {
        println!("fizz");
    } else if is_divisible_by(n, 5) {
        println!("buzz");
    } else {
        println!("{}", n);
    }
}

fn fizzbuzz_to(n: u32) {
    for n in 1..=n {
        fizzbuzz(n);
    }
}

fn main() {
    fizzbuzz_to(10);
    println!("{}", is_divisible_by(4, 0));
}
// expect: 1
// expect: 2
// expect: fizz
// expect: 4
// expect: buzz
// expect: fizz
// expect: 7
// expect: 8
// expect: fizz
// expect: buzz
// expect: false
