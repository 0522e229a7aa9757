// A generic apply_n(f, n, x) applying a closure n times, with a closure that itself calls a named function.
fn apply_n<F: Fn(u64) -> u64>(f: &F, n: u32, x: u64) -> u64 {
    if n == 0 {
        x
    } else {
        apply_n(f, n - 1, f(x))
    }
}

fn collatz(n: u64) -> u64 {
    if n % 2 == 0 { n / 2 } else { 3 * n + 1 }
}

fn main() {
    let double = |x| x * 2;
    println!("{}", apply_n(&double, 10, 1));
    let step = |x| {
        let y = collatz(x);
        println!("  {} -> {}", x, y);
        y
    };
    println!("after 6 steps from 7: {}", apply_n(&step, 6, 7));
}
// expect: 1024
// expect:   7 -> 22
// expect:   22 -> 11
// expect:   11 -> 34
// expect:   34 -> 17
// expect:   17 -> 52
// expect:   52 -> 26
// expect: after 6 steps from 7: 26
