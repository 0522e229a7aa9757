// Errors of one body are reported by position: a use after a move on line 5 comes before a push on an immutable Vec on line 6 (E0596), though the checker meets the push's receiver while typing.
fn main() {
    let s = String::from("a");
    let t = s;
    println!("{} {}", s, t);
    let v = vec![1];
    v.push(2);
}
// error: E0382 at 5:23
