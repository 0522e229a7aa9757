// A struct field typed by an alias with a lifetime, `Pair<'a>`, keeps the struct tied to both strings it borrows.
type Pair<'a> = (&'a str, &'a str);

struct Names<'a> {
    both: Pair<'a>,
}

impl<'a> Names<'a> {
    fn first(&self) -> &'a str {
        self.both.0
    }
}

fn main() {
    let a = String::from("ada");
    let b = String::from("bob");
    let n = Names { both: (&a, &b) };
    let f = n.first();
    println!("{f} {}", n.both.1);
}
// expect: ada bob
