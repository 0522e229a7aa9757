// A struct field of type `Chars` needs its lifetime named: leaving it out is error E0106, as for a `&str` field.
use std::str::Chars;

struct Reader {
    chars: Chars,
}

fn main() {
    let r = Reader { chars: "ab".chars() };
    println!("{}", r.chars.count());
}
// error: E0106 at 5:12
