// windows(2) for differences and increasing runs, chunks(3) for sums per group.
fn main() {
    let temps = [12, 15, 14, 18, 21, 21, 19];
    let diffs: Vec<i32> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("diffs: {:?}", diffs);
    let rises = temps.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rises: {}", rises);
    for (i, chunk) in temps.chunks(3).enumerate() {
        let s: i32 = chunk.iter().sum();
        println!("chunk {} {:?} sum {}", i, chunk, s);
    }
    let max_pair = temps.windows(2).max_by_key(|w| w[0] + w[1]).unwrap();
    println!("max pair {:?}", max_pair);
}
// expect: diffs: [3, -1, 4, 3, 0, -2]
// expect: rises: 3
// expect: chunk 0 [12, 15, 14] sum 41
// expect: chunk 1 [18, 21, 21] sum 60
// expect: chunk 2 [19] sum 19
// expect: max pair [21, 21]
