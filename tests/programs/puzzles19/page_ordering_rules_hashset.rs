// Ordering rules "a|b" as a HashSet<(u32, u32)>; an update is valid if no later page must precede an earlier one; middle pages summed.
use std::collections::HashSet;

fn main() {
    let rules_text = "47|53\n97|13\n97|61\n97|47\n75|29\n61|13\n75|53\n29|13\n97|29\n53|29\n61|53\n97|53\n61|29\n47|13\n75|47\n97|75\n47|61\n75|61\n47|29\n75|13\n53|13";
    let rules: HashSet<(u32, u32)> = rules_text
        .lines()
        .map(|l| {
            let (a, b) = l.split_once('|').unwrap();
            (a.parse().unwrap(), b.parse().unwrap())
        })
        .collect();
    let updates = "75,47,61,53,29\n97,61,53,29,13\n75,29,13\n75,97,47,61,53\n61,13,29";
    let mut sum = 0;
    for line in updates.lines() {
        let pages: Vec<u32> = line.split(',').map(|p| p.parse().unwrap()).collect();
        let ok = pages.iter().enumerate().all(|(i, &a)| pages[i + 1..].iter().all(|&b| !rules.contains(&(b, a))));
        println!("{line}: {ok}");
        if ok {
            sum += pages[pages.len() / 2];
        }
    }
    println!("{sum}");
}
// expect: 75,47,61,53,29: true
// expect: 97,61,53,29,13: true
// expect: 75,29,13: true
// expect: 75,97,47,61,53: false
// expect: 61,13,29: false
// expect: 143
