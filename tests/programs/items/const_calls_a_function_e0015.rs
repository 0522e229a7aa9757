// Only const functions run while compiling: a const cannot call an ordinary function.
fn limit() -> u32 {
    10
}

const LIMIT: u32 = limit();

fn main() {
    println!("{}", LIMIT);
}
// error: E0015 at 6:20
