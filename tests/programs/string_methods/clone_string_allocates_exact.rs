// Cloning a String allocates exactly its length, even if the original has spare capacity.
fn main() {
    let mut s = String::with_capacity(20);
    s.push_str("abc");
    let t = s.clone();
    println!("{} {} / {} {}", s, s.capacity(), t, t.capacity());
}
// expect: abc 20 / abc 3
