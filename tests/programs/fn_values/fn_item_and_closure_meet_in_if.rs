// A named function and a closure capturing nothing meet in an if/else and become one fn pointer passed to an Fn bound, beside impl Fn results composing fn pointers.
use std::fmt::Display;

fn print_pair<T: Display, U: Display>(a: T, b: U) {
    println!("({}, {})", a, b);
}

fn apply<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(x)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn compose(f: fn(i32) -> i32, g: fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| g(f(x))
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    print_pair(1, "one");
    print_pair(2.5, 'c');
    println!("{}", apply(make_adder(3), 4));
    let both = compose(double, |x| x + 1);
    println!("{}", both(5));
    let choose = if both(1) > 2 { double } else { |x: i32| x };
    println!("{}", apply(choose, 10));
}
// expect: (1, one)
// expect: (2.5, c)
// expect: 7
// expect: 11
// expect: 20
