// A string literal is `&'static str`: a function may return one whatever its arguments are.
fn describe(n: i32) -> &'static str {
    if n > 0 { "positive" } else { "not positive" }
}

fn main() {
    let label;
    {
        let n = 5;
        label = describe(n);
    }
    println!("{}", label);
}
// expect: positive
