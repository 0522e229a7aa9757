// A helper takes `&mut Peekable<Rev<Chars>>` named by std's paths; the caller's kept `chars().rev().peekable()` is that type.
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
