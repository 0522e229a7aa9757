// An `@` binding over a parenthesized or-pattern keeps whichever alternative matched.
fn describe(n: u32) -> String {
    match n {
        small @ (1 | 2 | 3) => format!("small {}", small),
        round @ (10 | 100 | 1000) => format!("round {}", round),
        other => format!("other {}", other),
    }
}

fn main() {
    for n in [2, 100, 7] {
        println!("{}", describe(n));
    }
}
// expect: small 2
// expect: round 100
// expect: other 7
