// `[head, rest @ ..]` binds the rest of a slice as a shorter slice; recursion walks it down to `[]`.
fn total(v: &[u32]) -> u32 {
    match v {
        [] => 0,
        [head, rest @ ..] => head + total(rest),
    }
}

fn main() {
    let nums = [1, 2, 3, 4];
    println!("{}", total(&nums));
    if let [a, b, rest @ ..] = &nums[..] {
        println!("{a} {b} {}", rest.len());
    }
    let [x, .., z] = nums;
    println!("{x} {z}");
}
// expect: 10
// expect: 1 2 2
// expect: 1 4
