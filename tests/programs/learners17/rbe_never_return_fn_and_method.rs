// Functions and methods returning `!` (panic!, process::exit, loop): their calls fit any type, in `if` and `match` arms.
struct Parser {
    input: String,
}

impl Parser {
    fn fail(&self, why: &str) -> ! {
        panic!("cannot parse {:?}: {}", self.input, why)
    }

    fn number(&self) -> i32 {
        match self.input.trim().parse() {
            Ok(n) => n,
            Err(_) => self.fail("not a number"),
        }
    }
}

fn finish(code: i32) -> ! {
    println!("finishing with {}", code);
    std::process::exit(code)
}

fn main() {
    let p = Parser { input: String::from(" 42 ") };
    let n = p.number();
    let checked: u32 = if n >= 0 { n as u32 } else { finish(3) };
    println!("{}", checked);
    let q = Parser { input: String::from("x1") };
    println!("{}", q.number());
}
// expect: 42
// panic: cannot parse "x1": not a number
// panic-at: 8:9
