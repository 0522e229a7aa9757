// Shadowing does not drop the first binding: both are dropped at the end of the scope, newest first.
struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let t = Tag("first");
    let t = Tag("second");
    println!("using {}", t.0);
    let _ = Tag("wildcard");
    println!("end");
}
// expect: using second
// expect: drop wildcard
// expect: end
// expect: drop second
// expect: drop first
