// An impl that allocates (a format! of its own) does so while the outer format!'s String is growing, as in std.
use std::fmt;

struct Tag(u32);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let inner = format!("<{}>", self.0);
        write!(f, "[{}]", inner)
    }
}

fn main() {
    let s = format!("tags: {} and {}", Tag(1), Tag(22));
    println!("{} {}", s, s.capacity());
}
// expect: tags: [<1>] and [<22>] 22
