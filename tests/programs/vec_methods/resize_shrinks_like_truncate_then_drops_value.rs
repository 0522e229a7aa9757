// Resizing to a shorter length truncates (dropping the tail in order) and then drops the value it was given.
#[derive(Clone)]
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![Loud("a"), Loud("b"), Loud("c")];
    v.resize(1, Loud("unused"));
    println!("len {}", v.len());
}
// expect: drop b
// expect: drop c
// expect: drop unused
// expect: len 1
// expect: drop a
