// Functions taking impl Fn, impl FnMut and impl FnOnce parameters, called with capturing closures.
fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn repeat(n: usize, mut f: impl FnMut(usize)) {
    for i in 0..n {
        f(i);
    }
}

fn consume(f: impl FnOnce() -> String) -> usize {
    let s = f();
    s.len()
}

fn main() {
    let offset = 10;
    println!("{}", apply_twice(|v| v + offset, 1));
    let mut seen = Vec::new();
    repeat(4, |i| seen.push(i * i));
    println!("{:?}", seen);
    let greeting = String::from("hello there");
    println!("{}", consume(move || greeting));
}
// expect: 21
// expect: [0, 1, 4, 9]
// expect: 11
