// `cmp` and `partial_cmp` on an enum deriving Ord order its variants by declaration, then their fields.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Level { Low, Mid(u8), High }

fn main() {
    println!("{:?}", Level::Low.cmp(&Level::High));
    println!("{:?}", Level::Mid(2).partial_cmp(&Level::Mid(1)));
    println!("{:?}", Level::High.max(Level::Mid(7)));
    println!("{}", Level::Mid(1).lt(&Level::Mid(2)));
}
// expect: Less
// expect: Some(Greater)
// expect: High
// expect: true
