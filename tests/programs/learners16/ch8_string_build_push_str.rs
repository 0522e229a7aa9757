// String::new, push_str, push, + with &str and format! of three strings, with capacities.
fn main() {
    let mut s = String::new();
    s.push_str("foo");
    s.push_str("bar");
    s.push('!');
    println!("{} {} {}", s, s.len(), s.capacity());
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{} {}", s3, s2);
    let a = String::from("tic");
    let b = String::from("tac");
    let c = String::from("toe");
    let s = format!("{a}-{b}-{c}");
    println!("{}", s);
}
// expect: foobar! 7 8
// expect: Hello, world! world!
// expect: tic-tac-toe
