// Handheld halting (AoC 2020 day 8): an Op enum parsed through FromStr with `?` on ok_or_else and map_err, the loop detected, each jmp/nop swapped in a clone, a report built with write! into a String.
use std::str::FromStr;
use std::fmt::Write;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Op {
    Nop(i32),
    Acc(i32),
    Jmp(i32),
}

#[derive(Debug)]
struct ParseOpError(String);

impl FromStr for Op {
    type Err = ParseOpError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, arg) = s.split_once(' ').ok_or_else(|| ParseOpError(format!("no space in {:?}", s)))?;
        let n: i32 = arg.parse().map_err(|e| ParseOpError(format!("{}: {}", arg, e)))?;
        match name {
            "nop" => Ok(Op::Nop(n)),
            "acc" => Ok(Op::Acc(n)),
            "jmp" => Ok(Op::Jmp(n)),
            other => Err(ParseOpError(format!("unknown op {}", other))),
        }
    }
}

fn run(prog: &[Op]) -> Result<i32, i32> {
    let mut seen = vec![false; prog.len()];
    let (mut pc, mut acc) = (0i32, 0);
    while (pc as usize) < prog.len() {
        if seen[pc as usize] {
            return Err(acc);
        }
        seen[pc as usize] = true;
        match prog[pc as usize] {
            Op::Nop(_) => pc += 1,
            Op::Acc(n) => {
                acc += n;
                pc += 1
            }
            Op::Jmp(n) => pc += n,
        }
    }
    Ok(acc)
}

fn main() {
    let src = "nop +0\nacc +1\njmp +4\nacc +3\njmp -3\nacc -99\nacc +1\njmp -4\nacc +6";
    let prog: Vec<Op> = src.lines().map(|l| l.parse().unwrap()).collect();
    println!("{:?}", run(&prog));
    for i in 0..prog.len() {
        let mut p = prog.clone();
        p[i] = match p[i] {
            Op::Nop(n) => Op::Jmp(n),
            Op::Jmp(n) => Op::Nop(n),
            other => other,
        };
        if let Ok(acc) = run(&p) {
            println!("fixed at {}: {}", i, acc);
        }
    }
    let bad: Result<Op, _> = "mul 3".parse();
    let bad2 = "acc x".parse::<Op>();
    println!("{:?} {:?}", bad, bad2);
    let mut report = String::new();
    for op in prog.iter().take(3) {
        write!(report, "{:?};", op).unwrap();
    }
    writeln!(report, " max={:?}", prog.iter().max()).unwrap();
    print!("{}", report);
}
// expect: Err(5)
// expect: fixed at 7: 8
// expect: Err(ParseOpError("unknown op mul")) Err(ParseOpError("x: invalid digit found in string"))
// expect: Nop(0);Acc(1);Jmp(4); max=Some(Jmp(4))
