// A second `&mut` is fine once the first one's last use is behind it (non-lexical lifetimes).
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    r1.push_str(", world");
    let r2 = &mut s;
    r2.push('!');
    println!("{}", s);
}
// expect: hello, world!
