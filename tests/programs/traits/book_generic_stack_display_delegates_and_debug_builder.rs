// A generic Stack<T: Display> whose Display hands each item the Formatter (item.fmt(f), so {:.1} and {:>4} reach the items) and whose Debug is a debug_struct builder.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)?;
        write!(f, " m")
    }
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: fmt::Display> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            item.fmt(f)?;
        }
        write!(f, "]")
    }
}

impl<T: fmt::Debug> fmt::Debug for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Stack").field("items", &self.items).field("len", &self.items.len()).finish()
    }
}

fn main() {
    let s = Stack { items: vec![Meters(1.5), Meters(20.0)] };
    println!("{}", s);
    println!("{:.1}", s);
    println!("{:?}", s);
    println!("{:#?}", s);
    let t = Stack { items: vec!["x", "yy"] };
    println!("{:>4}", t);
}
// expect: [1.5 m | 20 m]
// expect: [1.5 m | 20.0 m]
// expect: Stack { items: [Meters(1.5), Meters(20.0)], len: 2 }
// expect: Stack {
// expect:     items: [
// expect:         Meters(
// expect:             1.5,
// expect:         ),
// expect:         Meters(
// expect:             20.0,
// expect:         ),
// expect:     ],
// expect:     len: 2,
// expect: }
// expect: [   x |   yy]
