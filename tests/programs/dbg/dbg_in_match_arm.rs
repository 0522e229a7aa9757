// `dbg!` inside a match arm prints the expression and value to stderr and returns it.
enum Op {
    Double(i32),
    Negate(i32),
}

fn apply(op: Op) -> i32 {
    match op {
        Op::Double(n) => dbg!(n * 2),
        Op::Negate(n) => -n,
    }
}

fn main() {
    let a = apply(Op::Double(21));
    let b = apply(Op::Negate(4));
    println!("{} {}", a, b);
}
// expect: 42 -4
// stderr: [main.rs:9:26] n * 2 = 42
