// `for s in v` moves each String out of the Vec; each is freed at the end of its iteration.
fn main() {
    let v = vec![String::from("one"), String::from("two"), String::from("three")];
    for s in v {
        println!("{} has {} bytes", s, s.len());
    }
    println!("loop over");
}
// expect: one has 3 bytes
// expect: two has 3 bytes
// expect: three has 5 bytes
// expect: loop over
