// Crab alignment (AoC 2021 day 7): the median after sort, and the cheapest target by min over (cost, target) tuples.
fn main() {
    let mut crabs: Vec<i64> = "16,1,2,0,4,2,7,1,2,14".split(',').map(|x| x.parse().unwrap()).collect();
    crabs.sort();
    let median = crabs[crabs.len() / 2];
    let fuel: i64 = crabs.iter().map(|c| (c - median).abs()).sum();
    println!("median {} fuel {}", median, fuel);
    let min = *crabs.first().unwrap();
    let max = *crabs.last().unwrap();
    let best = (min..=max)
        .map(|target| {
            let cost: i64 = crabs.iter().map(|c| {
                let d = (c - target).abs();
                d * (d + 1) / 2
            }).sum();
            (cost, target)
        })
        .min()
        .unwrap();
    println!("{:?}", best);
}
// expect: median 2 fuel 37
// expect: (168, 5)
