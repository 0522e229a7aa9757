// An enum with `'b: 'a` between two lifetimes; a method returns either payload at the shorter one.
enum Either<'a, 'b: 'a> {
    Short(&'a str),
    Long(&'b str),
}

impl<'a, 'b> Either<'a, 'b> {
    fn text(&self) -> &'a str {
        match self {
            Either::Short(s) => s,
            Either::Long(l) => l,
        }
    }
}

fn main() {
    let long = String::from("long-lived");
    let picks = [Either::Long(&long), Either::Short("short")];
    for p in &picks {
        println!("{}", p.text());
    }
}
// expect: long-lived
// expect: short
