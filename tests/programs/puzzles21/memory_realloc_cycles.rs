// AoC 2017 day 6: redistribute the fullest memory bank until a configuration repeats; a HashMap remembers when each was seen.
use std::collections::HashMap;

const INPUT: &str = "0\t2\t7\t0";

fn redistribute(banks: &mut Vec<u32>) {
    let mut max_i = 0;
    for i in 1..banks.len() {
        if banks[i] > banks[max_i] {
            max_i = i;
        }
    }
    let mut blocks = banks[max_i];
    banks[max_i] = 0;
    let mut i = max_i;
    while blocks > 0 {
        i = (i + 1) % banks.len();
        banks[i] += 1;
        blocks -= 1;
    }
}

fn main() {
    let mut banks: Vec<u32> = INPUT.split_whitespace().map(|s| s.parse().unwrap()).collect();
    let mut seen: HashMap<Vec<u32>, usize> = HashMap::new();
    let mut steps = 0;
    while !seen.contains_key(&banks) {
        seen.insert(banks.clone(), steps);
        redistribute(&mut banks);
        steps += 1;
        println!("{:>2}: {:?}", steps, banks);
    }
    println!("cycles: {}", steps);
    println!("loop size: {}", steps - seen[&banks]);
}
// expect:  1: [2, 4, 1, 2]
// expect:  2: [3, 1, 2, 3]
// expect:  3: [0, 2, 3, 4]
// expect:  4: [1, 3, 4, 1]
// expect:  5: [2, 4, 1, 2]
// expect: cycles: 5
// expect: loop size: 4
