// Derived PartialEq compares every field, derived PartialOrd the fields in declaration order (not layout order).
#[derive(PartialEq, PartialOrd, Debug)]
struct Version { major: u8, minor: u64, tag: String }
#[derive(PartialEq)]
struct Named { name: String, v: Version }
fn main() {
    let a = Version { major: 1, minor: 9, tag: String::from("a") };
    let b = Version { major: 2, minor: 0, tag: String::from("a") };
    println!("{} {} {}", a == b, a < b, a > b);
    let c = Version { major: 1, minor: 9, tag: String::from("b") };
    println!("{} {} {}", a == c, a < c, a != c);
    let n = Named { name: String::from("x"), v: a };
    let m = Named { name: String::from("x"), v: Version { major: 1, minor: 9, tag: String::from("a") } };
    println!("{}", n == m);
    let boxed = Box::new(b);
    println!("{}", boxed == Box::new(Version { major: 2, minor: 0, tag: String::from("a") }));
    println!("{}", *boxed > c);
}
// expect: false true false
// expect: false true true
// expect: true
// expect: true
// expect: true
