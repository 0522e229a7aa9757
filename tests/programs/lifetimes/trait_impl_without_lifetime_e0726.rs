// An impl of a trait for a struct with a lifetime must name it (E0726).
trait Describe {
    fn describe(&self) -> String;
}

struct Excerpt<'a> {
    part: &'a str,
}

impl Describe for Excerpt {
    fn describe(&self) -> String {
        self.part.to_string()
    }
}

fn main() {}
// error: E0726 at 10:19
