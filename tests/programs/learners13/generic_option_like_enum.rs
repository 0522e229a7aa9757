// A learner's own generic enum Maybe<T> with map and unwrap_or methods taking closures.
#[derive(Debug, Clone, PartialEq)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Maybe<U> {
        match self {
            Maybe::Just(x) => Maybe::Just(f(x)),
            Maybe::Nothing => Maybe::Nothing,
        }
    }
    fn unwrap_or(self, d: T) -> T {
        match self {
            Maybe::Just(x) => x,
            Maybe::Nothing => d,
        }
    }
    fn is_just(&self) -> bool {
        matches!(self, Maybe::Just(_))
    }
}

fn safe_div(a: i32, b: i32) -> Maybe<i32> {
    if b == 0 { Maybe::Nothing } else { Maybe::Just(a / b) }
}

fn main() {
    let a = safe_div(10, 2);
    let b = safe_div(1, 0);
    println!("{:?} {:?}", a, b);
    println!("{} {}", a.is_just(), b.is_just());
    let s = a.clone().map(|n| format!("got {}", n));
    println!("{:?}", s);
    println!("{}", b.map(|n| n * 100).unwrap_or(-1));
    println!("{}", a.unwrap_or(0));
    println!("{:#?}", Maybe::Just(vec![1]));
}
// expect: Just(5) Nothing
// expect: true false
// expect: Just("got 5")
// expect: -1
// expect: 5
// expect: Just(
// expect:     [
// expect:         1,
// expect:     ],
// expect: )
