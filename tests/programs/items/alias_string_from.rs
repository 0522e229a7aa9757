// A type alias of String is called like String itself: `Name::from`, `Name::new`.
type Name = String;

fn greet(n: &Name) -> Name {
    let mut out = Name::new();
    out.push_str("hi ");
    out.push_str(n);
    out
}

fn main() {
    let n = Name::from("Ferris");
    println!("{}", greet(&n));
}
// expect: hi Ferris
