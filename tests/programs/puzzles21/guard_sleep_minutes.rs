// AoC 2018 day 4: sorted log lines, the guard asleep most and the minute they sleep most, with a HashMap of arrays.
use std::collections::HashMap;

const INPUT: &str = "[1518-11-01 00:00] Guard #10 begins shift
[1518-11-01 00:05] falls asleep
[1518-11-01 00:25] wakes up
[1518-11-01 00:30] falls asleep
[1518-11-01 00:55] wakes up
[1518-11-01 23:58] Guard #99 begins shift
[1518-11-02 00:40] falls asleep
[1518-11-02 00:50] wakes up
[1518-11-03 00:05] Guard #10 begins shift
[1518-11-03 00:24] falls asleep
[1518-11-03 00:29] wakes up
[1518-11-04 00:02] Guard #99 begins shift
[1518-11-04 00:36] falls asleep
[1518-11-04 00:46] wakes up
[1518-11-05 00:03] Guard #99 begins shift
[1518-11-05 00:45] falls asleep
[1518-11-05 00:55] wakes up";

fn main() {
    let mut lines: Vec<&str> = INPUT.lines().collect();
    lines.sort();
    let mut asleep: HashMap<u32, [u32; 60]> = HashMap::new();
    let mut guard = 0;
    let mut fell = 0;
    for line in lines {
        let minute: usize = line[15..17].parse().unwrap();
        let text = &line[19..];
        if text.starts_with("Guard") {
            guard = text.split_whitespace().nth(1).unwrap()[1..].parse().unwrap();
        } else if text == "falls asleep" {
            fell = minute;
        } else {
            let minutes = asleep.entry(guard).or_insert([0; 60]);
            for m in fell..minute {
                minutes[m] += 1;
            }
        }
    }
    let (sleepy, minutes) = asleep.iter().max_by_key(|(_, m)| m.iter().sum::<u32>()).unwrap();
    let best = (0..60).max_by_key(|&m| minutes[m]).unwrap();
    println!("guard {} minute {} -> {}", sleepy, best, sleepy * best as u32);
    let mut ids: Vec<_> = asleep.keys().copied().collect();
    ids.sort();
    for id in ids {
        let m = &asleep[&id];
        let (minute, times) = m.iter().enumerate().max_by_key(|&(_, t)| *t).unwrap();
        println!("guard {:>2}: {} minutes asleep, most at {} ({} times)", id, m.iter().sum::<u32>(), minute, times);
    }
}
// expect: guard 10 minute 24 -> 240
// expect: guard 10: 50 minutes asleep, most at 24 (2 times)
// expect: guard 99: 30 minutes asleep, most at 45 (3 times)
