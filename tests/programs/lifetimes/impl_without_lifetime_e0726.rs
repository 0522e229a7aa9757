// An impl of a struct with a lifetime must name it: `impl<'a> Excerpt<'a>` or `impl Excerpt<'_>` (E0726).
struct Excerpt<'a> {
    part: &'a str,
}

impl Excerpt {
    fn len(&self) -> usize {
        self.part.len()
    }
}

fn main() {}
// error: E0726 at 6:6
