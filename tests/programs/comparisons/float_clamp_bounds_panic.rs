// f64::clamp with min above max panics inside core, with both bounds in the message.
fn main() {
    let x = 1.5f64;
    let lo = 2.0;
    println!("{}", x.clamp(lo, 1.0));
}

// panic: min > max, or either was NaN. min = 2.0, max = 1.0
// panic-at: library/core/src/num/f64.rs:1502:9
