// Seven segments (AoC 2021 day 8): digits decoded by their segment sets' sizes and intersections with the known 1 and 4, matched as a tuple.
use std::collections::HashSet;

fn set(s: &str) -> HashSet<char> {
    s.chars().collect()
}

fn decode(patterns: &[&str], outputs: &[&str]) -> u32 {
    let one = patterns.iter().find(|p| p.len() == 2).map(|p| set(p)).unwrap();
    let four = patterns.iter().find(|p| p.len() == 4).map(|p| set(p)).unwrap();
    let mut value = 0;
    for o in outputs {
        let s = set(o);
        let common1 = s.intersection(&one).count();
        let common4 = s.intersection(&four).count();
        let digit = match (s.len(), common1, common4) {
            (2, _, _) => 1,
            (3, _, _) => 7,
            (4, _, _) => 4,
            (7, _, _) => 8,
            (5, 2, _) => 3,
            (5, _, 3) => 5,
            (5, _, _) => 2,
            (6, 1, _) => 6,
            (6, _, 4) => 9,
            (6, _, _) => 0,
            _ => panic!("unknown pattern {}", o),
        };
        value = value * 10 + digit;
    }
    value
}

fn main() {
    let input = "be cfbegad cbdgef fgaecd cgeb fdcge agebfd fecdb fabcd edb | fdgacbe cefdb cefbgd gcbe
edbfga begcd cbg gc gcadebf fbgde acbgfd abcde gfcbed gfec | fcgedb cgb dgebacf gc
fgaebd cg bdaec gdafb agbcfd gdcbef bgcad gfac gcb cdgabef | cg cg fdcagb cbg";
    let mut easy = 0;
    let mut total = 0;
    for line in input.lines() {
        let (left, right) = line.split_once(" | ").unwrap();
        let patterns: Vec<&str> = left.split(' ').collect();
        let outputs: Vec<&str> = right.split(' ').collect();
        easy += outputs.iter().filter(|o| matches!(o.len(), 2 | 3 | 4 | 7)).count();
        let v = decode(&patterns, &outputs);
        println!("{}: {}", right, v);
        total += v;
    }
    println!("{} {}", easy, total);
}
// expect: fdgacbe cefdb cefbgd gcbe: 8394
// expect: fcgedb cgb dgebacf gc: 9781
// expect: cg cg fdcagb cbg: 1197
// expect: 8 19372
