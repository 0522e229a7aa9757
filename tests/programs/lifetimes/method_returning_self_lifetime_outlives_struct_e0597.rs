// With the output elided to `&self`'s lifetime, the result borrows the struct itself: it may not outlive it (E0597).
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &str {
        self.part
    }
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let part;
    {
        let excerpt = Excerpt { part: &novel[5..7] };
        part = excerpt.part();
    }
    println!("{}", part);
}
// error: E0597 at 17:16
