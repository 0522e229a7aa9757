// Haunted wasteland (AoC 2023 day 8): a network in HashMap<String, (String, String)>, each start walked to a Z node, the steps combined by lcm.
use std::collections::HashMap;

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn main() {
    let input = "LR

11A = (11B, XXX)
11B = (XXX, 11Z)
11Z = (11B, XXX)
22A = (22B, XXX)
22B = (22C, 22C)
22C = (22Z, 22Z)
22Z = (22B, 22B)
XXX = (XXX, XXX)";
    let mut lines = input.lines();
    let dirs: Vec<char> = lines.next().unwrap().chars().collect();
    lines.next();
    let mut network: HashMap<String, (String, String)> = HashMap::new();
    for l in lines {
        let name = l[0..3].to_string();
        let left = l[7..10].to_string();
        let right = l[12..15].to_string();
        network.insert(name, (left, right));
    }
    let mut starts: Vec<&String> = network.keys().filter(|k| k.ends_with('A')).collect();
    starts.sort();
    let mut result = 1;
    for s in starts {
        let mut node = s;
        let mut steps = 0u64;
        while !node.ends_with('Z') {
            let (l, r) = &network[node];
            node = if dirs[steps as usize % dirs.len()] == 'L' { l } else { r };
            steps += 1;
        }
        println!("{} -> {} in {}", s, node, steps);
        result = lcm(result, steps);
    }
    println!("{}", result);
}
// expect: 11A -> 11Z in 2
// expect: 22A -> 22Z in 3
// expect: 6
