// The width and alignment of `{:>10}` reach the impl but write! ignores them: the text is not padded.
use std::fmt;

struct Tag(&'static str);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

fn main() {
    println!("[{:>10}]", Tag("rust"));
    println!("[{:<6}]", Tag("x"));
}
// expect: [#rust]
// expect: [#x]
