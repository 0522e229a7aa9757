// `panic!` with format arguments panics with the formatted text.
fn check(divisor: i32) -> i32 {
    if divisor == 0 {
        panic!("Divide-by-zero error: {} / {}", 100, divisor);
    }
    100 / divisor
}

fn main() {
    println!("{}", check(5));
    println!("{}", check(0));
}
// expect: 20
// panic: Divide-by-zero error: 100 / 0
// panic-at: 4:9
