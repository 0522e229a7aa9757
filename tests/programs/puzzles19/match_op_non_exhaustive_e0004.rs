// A match over an instruction enum that forgets one variant is rejected (E0004).
enum Instr {
    Inc(usize),
    Dec(usize),
    Jmp(i32),
}

fn main() {
    let prog = vec![Instr::Inc(0), Instr::Jmp(2), Instr::Dec(0)];
    let mut regs = [0i32; 2];
    for i in &prog {
        match i {
            Instr::Inc(r) => regs[*r] += 1,
            Instr::Dec(r) => regs[*r] -= 1,
        }
    }
    println!("{:?}", regs);
}
// error: E0004 at 12:15
