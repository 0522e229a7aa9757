// Storing `p` (lifetime left out) into a struct that lives for `'a`: rustc asks for `'a` on `p` (E0621).
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn set(&mut self, p: &str) {
        self.part = p;
    }
}

fn main() {}
// error: E0621 at 8:9
