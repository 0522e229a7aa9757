// `+=`, `-=`, `*=`, `/=` and `%=` update a mutable variable in place.
fn main() {
    let mut n = 10;
    n += 5;
    println!("{}", n);
    n -= 3;
    println!("{}", n);
    n *= 4;
    println!("{}", n);
    n /= 5;
    println!("{}", n);
    n %= 4;
    println!("{}", n);
}
// expect: 15
// expect: 12
// expect: 48
// expect: 9
// expect: 1
