// A while loop with if/else computes the Collatz sequence length.
fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        if n % 2 == 0 {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    steps
}

fn main() {
    for n in [1, 6, 7, 27] {
        println!("{} takes {} steps", n, collatz_steps(n));
    }
}
// expect: 1 takes 0 steps
// expect: 6 takes 8 steps
// expect: 7 takes 16 steps
// expect: 27 takes 111 steps
