// `{:#?}` indents what a hand-written Debug writes, even its own line breaks, and tells it so through `f.alternate()`.
use std::fmt;

struct Pair(i32, i32);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "<\n{}\n{}\n>", self.0, self.1)
        } else {
            write!(f, "<{} {}>", self.0, self.1)
        }
    }
}

#[derive(Debug)]
struct Holder {
    pairs: Vec<Pair>,
    id: u8,
}

fn main() {
    let h = Holder { pairs: vec![Pair(1, 2), Pair(3, 4)], id: 7 };
    println!("{:?}", h);
    println!("{:#?}", h);
}
// expect: Holder { pairs: [<1 2>, <3 4>], id: 7 }
// expect: Holder {
// expect:     pairs: [
// expect:         <
// expect:         1
// expect:         2
// expect:         >,
// expect:         <
// expect:         3
// expect:         4
// expect:         >,
// expect:     ],
// expect:     id: 7,
// expect: }
