// Structs with a VecDeque of items and a boxed operation; items thrown between monkeys by index, counting inspections.
use std::collections::VecDeque;

struct Monkey {
    items: VecDeque<u64>,
    op: Box<dyn Fn(u64) -> u64>,
    divisor: u64,
    if_true: usize,
    if_false: usize,
    inspected: usize,
}

fn main() {
    let mut monkeys = vec![
        Monkey { items: VecDeque::from(vec![79, 98]), op: Box::new(|x| x * 19), divisor: 23, if_true: 2, if_false: 1, inspected: 0 },
        Monkey { items: VecDeque::from(vec![54, 65, 75]), op: Box::new(|x| x + 6), divisor: 19, if_true: 2, if_false: 0, inspected: 0 },
        Monkey { items: VecDeque::from(vec![79]), op: Box::new(|x| x * x), divisor: 13, if_true: 1, if_false: 0, inspected: 0 },
    ];
    for _round in 0..3 {
        for i in 0..monkeys.len() {
            while let Some(item) = monkeys[i].items.pop_front() {
                monkeys[i].inspected += 1;
                let worry = (monkeys[i].op)(item) / 3;
                let target = if worry % monkeys[i].divisor == 0 { monkeys[i].if_true } else { monkeys[i].if_false };
                monkeys[target].items.push_back(worry);
            }
        }
    }
    let mut counts: Vec<usize> = monkeys.iter().map(|m| m.inspected).collect();
    println!("{:?}", counts);
    counts.sort_unstable_by(|a, b| b.cmp(a));
    println!("business = {}", counts[0] * counts[1]);
}
// expect: [13, 16, 2]
// expect: business = 208
