// A generic Pair<T> deriving Debug, Clone, PartialEq and PartialOrd, with swap and max methods.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Clone> Pair<T> {
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
    fn max(&self) -> T {
        if self.a >= self.b { self.a.clone() } else { self.b.clone() }
    }
}

fn main() {
    let p = Pair { a: 3, b: 8 };
    let q = p.clone().swap();
    println!("{:?} {:?} {}", p, q, p < q);
    println!("max {}", q.max());
    let s = Pair { a: String::from("x"), b: String::from("abc") };
    println!("{:?} max {:?}", s, s.max());
    println!("{}", s == s.clone().swap().swap());
}
// expect: Pair { a: 3, b: 8 } Pair { a: 8, b: 3 } true
// expect: max 8
// expect: Pair { a: "x", b: "abc" } max "x"
// expect: true
