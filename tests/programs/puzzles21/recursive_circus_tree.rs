// AoC 2017 day 7: towers of programs as a HashMap tree; the bottom is the one no one holds, weights summed recursively.
// heap: skip a HashSet or HashMap frees its elements in its own iteration order, which std seeds at random
use std::collections::{HashMap, HashSet};

const INPUT: &str = "pbga (66)
xhth (57)
ebii (61)
havc (66)
ktlj (57)
fwft (72) -> ktlj, cntj, xhth
qoyq (66)
padx (45) -> pbga, havc, qoyq
tknk (41) -> ugml, padx, fwft
jptl (61)
ugml (68) -> gyxo, ebii, jptl
gyxo (61)
cntj (57)";

struct Program {
    weight: u32,
    children: Vec<String>,
}

fn total(name: &str, tower: &HashMap<String, Program>) -> u32 {
    let p = &tower[name];
    p.weight + p.children.iter().map(|c| total(c, tower)).sum::<u32>()
}

fn main() {
    let mut tower: HashMap<String, Program> = HashMap::new();
    let mut held: HashSet<String> = HashSet::new();
    for line in INPUT.lines() {
        let (left, right) = match line.split_once(" -> ") {
            Some((l, r)) => (l, Some(r)),
            None => (line, None),
        };
        let (name, weight) = left.split_once(' ').unwrap();
        let weight: u32 = weight.trim_matches(|c| c == '(' || c == ')').parse().unwrap();
        let children: Vec<String> = right.map(|r| r.split(", ").map(String::from).collect()).unwrap_or_default();
        for c in &children {
            held.insert(c.clone());
        }
        tower.insert(name.to_string(), Program { weight, children });
    }
    let mut names: Vec<&String> = tower.keys().collect();
    names.sort();
    let bottom = names.iter().find(|n| !held.contains(n.as_str())).unwrap();
    println!("bottom: {}", bottom);
    let mut subtowers: Vec<(String, u32)> = tower[bottom.as_str()]
        .children
        .iter()
        .map(|c| (c.clone(), total(c, &tower)))
        .collect();
    subtowers.sort();
    for (name, w) in &subtowers {
        println!("  {} weighs {}", name, w);
    }
    println!("total: {}", total(bottom, &tower));
}
// expect: bottom: tknk
// expect:   fwft weighs 243
// expect:   padx weighs 243
// expect:   ugml weighs 251
// expect: total: 778
