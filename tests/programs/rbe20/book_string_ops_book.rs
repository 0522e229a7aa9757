// The book's String chapter: push_str keeping its argument usable, + chains, a byte range of Cyrillic text, chars and bytes.
fn main() {
    let mut s1 = String::from("foo");
    let s2 = "bar";
    s1.push_str(s2);
    println!("s2 is {s2}");
    let s3 = String::from("tic");
    let s4 = String::from("tac");
    let s5 = String::from("toe");
    let s = s3 + "-" + &s4 + "-" + &s5;
    println!("{s}");
    let hello = "Здравствуйте";
    let first = &hello[0..4];
    println!("{first}");
    for c in "Зд".chars() {
        println!("{c}");
    }
    for b in "Зд".bytes() {
        println!("{b}");
    }
    let t = format!("{s1}-{s4}");
    println!("{} {}", t, t.len());
}
// expect: s2 is bar
// expect: tic-tac-toe
// expect: Зд
// expect: З
// expect: д
// expect: 208
// expect: 151
// expect: 208
// expect: 180
// expect: foobar-tac 10
