// A register machine: instructions parsed into an enum (register as usize, value or register operand), jnz moving a signed pc.
#[derive(Debug, Clone, Copy)]
enum Val {
    Reg(usize),
    Lit(i64),
}

#[derive(Debug)]
enum Ins {
    Cpy(Val, usize),
    Inc(usize),
    Dec(usize),
    Jnz(Val, i64),
}

fn reg(s: &str) -> usize {
    (s.as_bytes()[0] - b'a') as usize
}

fn val(s: &str) -> Val {
    match s.parse::<i64>() {
        Ok(n) => Val::Lit(n),
        Err(_) => Val::Reg(reg(s)),
    }
}

fn main() {
    let src = "cpy 4 a\ninc a\ninc a\ncpy a b\ndec b\ninc c\njnz b -2\ndec a";
    let prog: Vec<Ins> = src
        .lines()
        .map(|l| {
            let p: Vec<&str> = l.split(' ').collect();
            match p[0] {
                "cpy" => Ins::Cpy(val(p[1]), reg(p[2])),
                "inc" => Ins::Inc(reg(p[1])),
                "dec" => Ins::Dec(reg(p[1])),
                "jnz" => Ins::Jnz(val(p[1]), p[2].parse().unwrap()),
                _ => unreachable!("bad instruction {l}"),
            }
        })
        .collect();
    let mut regs = [0i64; 4];
    let mut pc: i64 = 0;
    let get = |regs: &[i64; 4], v: Val| match v {
        Val::Reg(r) => regs[r],
        Val::Lit(n) => n,
    };
    while let Some(ins) = usize::try_from(pc).ok().and_then(|i| prog.get(i)) {
        match *ins {
            Ins::Cpy(v, r) => regs[r] = get(&regs, v),
            Ins::Inc(r) => regs[r] += 1,
            Ins::Dec(r) => regs[r] -= 1,
            Ins::Jnz(v, off) => {
                if get(&regs, v) != 0 {
                    pc += off;
                    continue;
                }
            }
        }
        pc += 1;
    }
    println!("{:?}", regs);
}
// expect: [5, 0, 6, 0]
