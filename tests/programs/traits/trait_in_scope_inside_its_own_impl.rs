// Inside `impl m::Describe for Pair` the trait being implemented is in scope, so a field's `describe()` is callable there without an import; a generic bound and a trait object need no import either.
mod m {
    pub trait Describe {
        fn describe(&self) -> String;
    }
}

struct Leaf(u8);
struct Pair(Leaf, Leaf);

impl m::Describe for Leaf {
    fn describe(&self) -> String {
        format!("leaf {}", self.0)
    }
}

impl m::Describe for Pair {
    fn describe(&self) -> String {
        format!("({}, {})", self.0.describe(), self.1.describe())
    }
}

fn twice<T: m::Describe>(x: &T) -> String {
    format!("{} {}", x.describe(), x.describe())
}

fn main() {
    let p = Pair(Leaf(1), Leaf(2));
    let d: &dyn m::Describe = &p;
    println!("{}", d.describe());
    println!("{}", twice(&Leaf(3)));
}
// expect: (leaf 1, leaf 2)
// expect: leaf 3 leaf 3
