// `<` on an Option of a type with its own `PartialOrd` impl would compare the payloads field by field: "not supported yet" until the run calls the impl.
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Desc(i32);

impl PartialOrd for Desc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

fn main() {
    let (a, b) = (Some(Desc(1)), Some(Desc(2)));
    println!("{} {}", Desc(1) < Desc(2), a < b);
}
// expect: false false
// unsupported: `<` comparing `Option<Desc>` through the program's own at 15:44
