// debug_struct, debug_tuple and debug_list (field, entries, finish) write as std's builders under {:?} and {:#?}, nested in a Vec and an Option.
use std::fmt;

struct Point { x: i32, y: f64, name: String }
struct Pair(i32, &'static str);
struct Bag { items: Vec<u8> }

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Point").field("x", &self.x).field("y", &self.y).field("name", &self.name).finish()
    }
}
impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}
impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.items.iter()).finish()
    }
}

fn main() {
    let p = Point { x: 1, y: 2.5, name: String::from("a") };
    println!("{:?}", p);
    println!("{:#?}", p);
    let q = Pair(3, "hi");
    println!("{:?}", q);
    println!("{:#?}", q);
    let b = Bag { items: vec![1, 2] };
    println!("{:?}", b);
    println!("{:#?}", b);
    println!("{:?}", vec![Pair(1, "a")]);
    println!("{:#?}", Some(Pair(1, "a")));
}
// expect: Point { x: 1, y: 2.5, name: "a" }
// expect: Point {
// expect:     x: 1,
// expect:     y: 2.5,
// expect:     name: "a",
// expect: }
// expect: Pair(3, "hi")
// expect: Pair(
// expect:     3,
// expect:     "hi",
// expect: )
// expect: [1, 2]
// expect: [
// expect:     1,
// expect:     2,
// expect: ]
// expect: [Pair(1, "a")]
// expect: Some(
// expect:     Pair(
// expect:         1,
// expect:         "a",
// expect:     ),
// expect: )
