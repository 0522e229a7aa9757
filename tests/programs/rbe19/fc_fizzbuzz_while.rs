// FizzBuzz with a while loop and an if / else if chain.
fn main() {
    let mut n = 1;
    while n < 16 {
        if n % 15 == 0 {
            println!("fizzbuzz");
        } else if n % 3 == 0 {
            println!("fizz");
        } else if n % 5 == 0 {
            println!("buzz");
        } else {
            println!("{}", n);
        }
        n += 1;
    }
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
// expect: 11
// expect: fizz
// expect: 13
// expect: 14
// expect: fizzbuzz
