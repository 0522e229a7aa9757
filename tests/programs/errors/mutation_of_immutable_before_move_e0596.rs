// Errors of one body are reported by position: a push on an immutable Vec on line 4 (E0596) comes before a use after a move on line 7.
fn main() {
    let v = vec![1];
    v.push(2);
    let s = String::from("a");
    let t = s;
    println!("{} {} {:?}", s, t, v);
}
// error: E0596 at 4:5
