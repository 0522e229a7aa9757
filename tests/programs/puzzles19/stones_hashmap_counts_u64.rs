// Stones that split or multiply each blink, tracked as a HashMap<u64, u64> of counts; digit count via ilog10 and pow.
use std::collections::HashMap;

fn blink(stones: &HashMap<u64, u64>) -> HashMap<u64, u64> {
    let mut next = HashMap::new();
    for (&s, &n) in stones {
        if s == 0 {
            *next.entry(1).or_insert(0) += n;
        } else {
            let digits = s.ilog10() + 1;
            if digits % 2 == 0 {
                let half = 10u64.pow(digits / 2);
                *next.entry(s / half).or_insert(0) += n;
                *next.entry(s % half).or_insert(0) += n;
            } else {
                *next.entry(s * 2024).or_insert(0) += n;
            }
        }
    }
    next
}

fn main() {
    let mut stones: HashMap<u64, u64> = HashMap::new();
    for s in "125 17".split(' ') {
        *stones.entry(s.parse().unwrap()).or_default() += 1;
    }
    for i in 1..=6 {
        stones = blink(&stones);
        println!("after {i}: {}", stones.values().sum::<u64>());
    }
}
// expect: after 1: 3
// expect: after 2: 4
// expect: after 3: 5
// expect: after 4: 9
// expect: after 5: 13
// expect: after 6: 22
