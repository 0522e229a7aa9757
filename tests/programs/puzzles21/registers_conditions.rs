// AoC 2017 day 8: conditional register increments, parsed into a struct with an enum comparison, registers in a BTreeMap.
use std::collections::BTreeMap;

const INPUT: &str = "b inc 5 if a > 1
a inc 1 if b < 5
c dec -10 if a >= 1
c inc -20 if c == 10";

enum Cmp {
    Gt,
    Lt,
    Ge,
    Le,
    Eq,
    Ne,
}

struct Instr<'a> {
    reg: &'a str,
    delta: i32,
    cond_reg: &'a str,
    cmp: Cmp,
    value: i32,
}

fn parse(line: &str) -> Instr {
    let parts: Vec<&str> = line.split(' ').collect();
    let amount: i32 = parts[2].parse().unwrap();
    let cmp = match parts[5] {
        ">" => Cmp::Gt,
        "<" => Cmp::Lt,
        ">=" => Cmp::Ge,
        "<=" => Cmp::Le,
        "==" => Cmp::Eq,
        "!=" => Cmp::Ne,
        other => panic!("unknown comparison {}", other),
    };
    Instr {
        reg: parts[0],
        delta: if parts[1] == "inc" { amount } else { -amount },
        cond_reg: parts[4],
        cmp,
        value: parts[6].parse().unwrap(),
    }
}

fn main() {
    let mut regs: BTreeMap<&str, i32> = BTreeMap::new();
    let mut highest = i32::MIN;
    for line in INPUT.lines() {
        let ins = parse(line);
        let current = *regs.get(ins.cond_reg).unwrap_or(&0);
        let holds = match ins.cmp {
            Cmp::Gt => current > ins.value,
            Cmp::Lt => current < ins.value,
            Cmp::Ge => current >= ins.value,
            Cmp::Le => current <= ins.value,
            Cmp::Eq => current == ins.value,
            Cmp::Ne => current != ins.value,
        };
        if holds {
            let r = regs.entry(ins.reg).or_insert(0);
            *r += ins.delta;
            highest = highest.max(*r);
        }
    }
    println!("{:?}", regs);
    println!("largest now: {}", regs.values().max().unwrap());
    println!("largest ever: {}", highest);
}
// expect: {"a": 1, "c": -10}
// expect: largest now: 1
// expect: largest ever: 10
