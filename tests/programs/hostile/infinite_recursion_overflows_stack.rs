// Recursion without a base case overflows the stack and aborts, as the real binary does.
fn down(n: u64) -> u64 {
    down(n + 1) + 1
}

fn main() {
    println!("{}", down(0));
}
// abort: thread 'main' has overflowed its stack
