// An or-pattern binding the same name in both alternatives: Add(n) | Sub(n).
enum Cmd {
    Add(i32),
    Sub(i32),
    Reset,
}

fn main() {
    let cmds = [Cmd::Add(5), Cmd::Sub(2), Cmd::Reset, Cmd::Add(1)];
    let mut total = 0;
    let mut touched = 0;
    for c in &cmds {
        match c {
            Cmd::Add(n) | Cmd::Sub(n) => {
                touched += n;
                total += if let Cmd::Add(_) = c { *n } else { -*n };
            }
            Cmd::Reset => total = 0,
        }
    }
    println!("{} {}", total, touched);
}
// expect: 1 8
