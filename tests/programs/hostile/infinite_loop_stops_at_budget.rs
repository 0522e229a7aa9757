// A loop that never ends is stopped by the step budget; what it printed before stays.
println!("before the loop");
let mut i: u64 = 0;
loop {
    i += 1;
}
// expect: before the loop
// limit: budget
