// `*`, `/` and `%` bind tighter than `+` and `-`; parentheses override.
fn main() {
    let a = 2 + 3 * 4;
    let b = (2 + 3) * 4;
    let c = 10 - 4 - 3;
    let d = 20 / 2 % 3;
    println!("{} {} {} {}", a, b, c, d);
}
// expect: 14 20 3 1
