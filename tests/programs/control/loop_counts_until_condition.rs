// An infinite `loop` runs until a `break` inside it.
fn main() {
    let mut n = 1;
    let mut steps = 0;
    loop {
        if n >= 100 {
            break;
        }
        n *= 3;
        steps += 1;
    }
    println!("{} after {} steps", n, steps);
}
// expect: 243 after 5 steps
