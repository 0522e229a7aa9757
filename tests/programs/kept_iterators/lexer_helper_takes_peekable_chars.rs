// A tokenizer's helper takes `&mut Peekable<Chars>`: it reads a whole number with `next_if`, and the caller goes on from there.
use std::iter::Peekable;
use std::str::Chars;

fn number(chars: &mut Peekable<Chars>) -> u32 {
    let mut n = 0;
    while let Some(d) = chars.next_if(|c| c.is_ascii_digit()) {
        n = n * 10 + d.to_digit(10).unwrap();
    }
    n
}

fn main() {
    let mut chars = "12+345".chars().peekable();
    let a = number(&mut chars);
    let op = chars.next();
    let b = number(&mut chars);
    println!("{} {:?} {}", a, op, b);
}
// expect: 12 Some('+') 345
