// `insert(i, c)` and `remove(i)` work on byte positions of a String.
fn main() {
    let mut s = String::from("hllo");
    s.insert(1, 'e');
    println!("{}", s);
    let r = s.remove(0);
    println!("{} {}", r, s);
}
// expect: hello
// expect: h ello
