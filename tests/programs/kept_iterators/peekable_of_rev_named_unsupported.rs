// A Peekable named around an iterator the engine does not lay out by name (a `Rev`) is not supported yet: the engine says so at its span.
use std::iter::Peekable;
use std::iter::Rev;
use std::str::Chars;

fn last(it: &mut Peekable<Rev<Chars>>) -> Option<char> {
    it.next()
}

fn main() {
    let mut it = "ab".chars().rev().peekable();
    println!("{:?}", last(&mut it));
}
// expect: Some('b')
// unsupported: `std::iter::Rev` at 3:5
