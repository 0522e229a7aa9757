// debug_tuple("") with one field writes a trailing comma like a 1-tuple, debug_struct with no fields writes only its name, and an empty debug_list writes [].
use std::fmt;

struct Single(u8);
struct Nothing;
struct NoItems;

impl fmt::Debug for Single {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("").field(&self.0).finish()
    }
}
impl fmt::Debug for Nothing {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Nothing").finish()
    }
}
impl fmt::Debug for NoItems {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut list = f.debug_list();
        list.finish()
    }
}

fn main() {
    println!("{:?} {:?} {:?}", Single(4), Nothing, NoItems);
    println!("{:#?}", Single(4));
    println!("{:#?} {:#?}", Nothing, NoItems);
}
// expect: (4,) Nothing []
// expect: (
// expect:     4,
// expect: )
// expect: Nothing []
