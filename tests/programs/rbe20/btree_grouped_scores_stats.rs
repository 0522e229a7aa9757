// Scores grouped into BTreeMap<&str, Vec<u32>> by entry().or_default(), averages formatted with widths, then retain.
use std::collections::BTreeMap;

fn main() {
    let data = [("math", 90), ("art", 72), ("math", 65), ("art", 88), ("music", 100)];
    let mut by_subject: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for &(subject, score) in data.iter() {
        by_subject.entry(subject).or_default().push(score);
    }
    for (subject, scores) in &by_subject {
        let avg = scores.iter().sum::<u32>() as f64 / scores.len() as f64;
        let best = scores.iter().max().unwrap();
        println!("{:<6} avg {:>6.2} best {:>3} of {}", subject, avg, best, scores.len());
    }
    if let Some((first, _)) = by_subject.iter().next() {
        println!("first subject {}", first);
    }
    by_subject.retain(|_, v| v.len() > 1);
    println!("{:?}", by_subject.keys().collect::<Vec<_>>());
}
// expect: art    avg  80.00 best  88 of 2
// expect: math   avg  77.50 best  90 of 2
// expect: music  avg 100.00 best 100 of 1
// expect: first subject art
// expect: ["art", "math"]
