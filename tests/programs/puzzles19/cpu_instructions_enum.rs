// A tiny CPU: instructions parsed into an enum with match parts[0]; a cycle counter samples the register.
#[derive(Debug)]
enum Op {
    Noop,
    Addx(i64),
}

fn parse(line: &str) -> Op {
    let parts: Vec<&str> = line.split_whitespace().collect();
    match parts[0] {
        "noop" => Op::Noop,
        "addx" => Op::Addx(parts[1].parse().unwrap()),
        other => panic!("unknown op {}", other),
    }
}

fn main() {
    let program = "noop\naddx 3\naddx -5\nnoop\naddx 7";
    let ops: Vec<Op> = program.lines().map(parse).collect();
    println!("{:?}", ops);
    let mut x = 1i64;
    let mut cycle = 0;
    let mut history = Vec::new();
    for op in &ops {
        match op {
            Op::Noop => {
                cycle += 1;
                history.push((cycle, x));
            }
            Op::Addx(v) => {
                cycle += 1;
                history.push((cycle, x));
                cycle += 1;
                history.push((cycle, x));
                x += v;
            }
        }
    }
    println!("{:?}", history);
    println!("x = {x}");
}
// expect: [Noop, Addx(3), Addx(-5), Noop, Addx(7)]
// expect: [(1, 1), (2, 1), (3, 1), (4, 4), (5, 4), (6, -1), (7, -1), (8, -1)]
// expect: x = 6
