// With `p: &'a str`, the new part lives as long as the struct's: the store is accepted.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn set(&mut self, p: &'a str) {
        self.part = p;
    }
}

fn main() {
    let a = String::from("first");
    let b = String::from("second");
    let mut e = Excerpt { part: &a };
    e.set(&b);
    println!("{}", e.part);
}
// expect: second
