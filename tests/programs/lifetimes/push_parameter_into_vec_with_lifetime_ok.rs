// Naming the lifetime ties them: `v: &mut Vec<&'a str>, s: &'a str` lets the Vec keep s.
fn keep<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

fn main() {
    let words = String::from("one two");
    let mut v = Vec::new();
    keep(&mut v, &words[..3]);
    keep(&mut v, &words[4..]);
    println!("{:?}", v);
}
// expect: ["one", "two"]
