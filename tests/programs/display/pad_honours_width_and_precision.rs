// f.pad writes a str as std's own str Display does: truncated to the precision, padded to the width.
use std::fmt;

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}

fn main() {
    let n = Name(String::from("Ferris"));
    println!("[{}]", n);
    println!("[{:>10}]", n);
    println!("[{:-<8.3}]", n);
    println!("[{:^10}]", n);
    let s = format!("{:>9}", n);
    println!("{} {}", s, s.capacity());
}
// expect: [Ferris]
// expect: [    Ferris]
// expect: [Fer-----]
// expect: [  Ferris  ]
// expect:    Ferris 16
