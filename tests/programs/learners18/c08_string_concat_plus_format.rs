// Concatenation with + taking ownership of the left String, then format! leaving all usable.
fn main() {
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{s3} {s2}");
    let a = String::from("tic");
    let b = String::from("tac");
    let c = String::from("toe");
    let s = format!("{a}-{b}-{c}");
    println!("{s}");
    let s = a + "-" + &b + "-" + &c;
    println!("{s}");
    let mut t = String::from("lo");
    t.push('l');
    t.push_str("ipop");
    println!("{t} {}", t.len());
}
// expect: Hello, world! world!
// expect: tic-tac-toe
// expect: tic-tac-toe
// expect: lolipop 7
