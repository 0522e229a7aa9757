// write! and writeln! into a String through std::fmt::Write: each piece pushed as std's write_str, the String growing as push_str grows it.
use std::fmt::Write;

fn main() {
    let mut s = String::new();
    write!(s, "{}-{}", 1, 2).unwrap();
    writeln!(s, " and {:>4}|", "ab").unwrap();
    for i in 0..3 {
        write!(&mut s, "[{i}]").unwrap();
    }
    println!("{}", s);
    println!("{} {}", s.len(), s.capacity());
}
// expect: 1-2 and   ab|
// expect: [0][1][2]
// expect: 23 32
