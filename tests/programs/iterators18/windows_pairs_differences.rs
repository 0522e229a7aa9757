// A learner's differences of neighbours with windows(2), mapped and enumerated, and the largest rise found with max_by_key.
fn main() {
    let temps = [12, 15, 11, 18, 20];
    let diffs: Vec<i32> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", diffs);
    for (day, w) in temps.windows(2).enumerate() {
        println!("day {}: {} -> {}", day + 1, w[0], w[1]);
    }
    let best = temps.windows(2).max_by_key(|w| w[1] - w[0]).unwrap();
    println!("{:?}", best);
}
// expect: [3, -4, 7, 2]
// expect: day 1: 12 -> 15
// expect: day 2: 15 -> 11
// expect: day 3: 11 -> 18
// expect: day 4: 18 -> 20
// expect: [11, 18]
