// An enum deriving Ord orders its variants by declaration, so max of a Vec of them is the last-declared present.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Size {
    Small,
    Large,
}

fn main() {
    let v = vec![Size::Large, Size::Small];
    println!("{:?}", v.iter().max());
}
// expect: Some(Large)
