// windows(2) finding the biggest rise and chunks(3) summing groups.
fn main() {
    let temps = vec![3, 7, 4, 9, 12, 10, 15];
    let best = temps.windows(2).map(|w| w[1] - w[0]).max().unwrap();
    println!("biggest rise {}", best);
    for c in temps.chunks(3) {
        println!("{:?} sum {}", c, c.iter().sum::<i32>());
    }
}
// expect: biggest rise 5
// expect: [3, 7, 4] sum 14
// expect: [9, 12, 10] sum 31
// expect: [15] sum 15
